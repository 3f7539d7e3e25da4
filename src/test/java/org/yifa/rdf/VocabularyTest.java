package org.yifa.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The hand-kept vocabulary classes {@link Yf} and {@link Prov} against the ontology and the code:
 * every constant names a declared term, and the code reaches terms through constants, not strings.
 */
class VocabularyTest {

    private static final Path MAIN = Path.of("src/main/java/org/yifa");
    /** A yf: term written as a string: {@code Yf.prop("x")}, {@code Yf.res("x")}, {@code Yf.NS + "x"} or its full IRI. */
    private static final Pattern YF_STRING = Pattern.compile(
            "Yf\\.(?:prop|res)\\(\"(\\w+)\"\\)|Yf\\.NS \\+ \"(\\w+)\"|\"" + Pattern.quote(Yf.NS) + "(\\w+)\"");
    /** Features whose engineers move to the constants on their own branches (issue 17). */
    private static final Set<String> NOT_YET = Set.of("evidence", "audit");

    @Test
    void everyYfConstantIsDeclaredInTheOntology() throws Exception {
        Model ontology = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(Path.of("ontology"))) {
            // yifa.ttl declares classes and properties; the *-types.ttl files the concept schemes.
            files.filter(f -> f.toString().endsWith(".ttl")).forEach(f -> RDFDataMgr.read(ontology, f.toString()));
        }
        List<Resource> constants = constants(Yf.class);
        assertThat(constants).isNotEmpty();
        assertThat(constants).allSatisfy(term -> assertThat(ontology.contains(term, RDF.type))
                .as("%s is declared in ontology/", term.getURI()).isTrue());
    }

    @Test
    void everyProvConstantIsAPROVTermTheOntologyNames() throws Exception {
        String ontology = Files.readString(Path.of("ontology/yifa.ttl"));
        assertThat(constants(Prov.class)).isNotEmpty().allSatisfy(term -> {
            assertThat(term.getNameSpace()).isEqualTo("http://www.w3.org/ns/prov#");
            // Declared under "External terms", or named in the header where data gives it literals.
            assertThat(ontology).as(term.getURI()).contains("prov:" + term.getLocalName());
        });
    }

    @Test
    void theCodeReachesYfTermsThroughConstantsOnly() throws Exception {
        Set<String> declared = new TreeSet<>();
        constants(Yf.class).forEach(t -> declared.add(t.getLocalName()));
        Map<String, String> strings = new TreeMap<>();
        Set<String> undeclared = new TreeSet<>();
        for (Path file : javaFiles()) {
            if (file.endsWith("rdf/Yf.java")) {
                continue;
            }
            Matcher m = YF_STRING.matcher(Files.readString(file));
            while (m.find()) {
                String term = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (!declared.contains(term)) {
                    undeclared.add(term + " in " + file);
                }
                if (!NOT_YET.contains(MAIN.relativize(file).getName(0).toString())) {
                    strings.put(file + ": " + m.group(), term);
                }
            }
        }
        assertThat(undeclared).as("yf: terms used by string that Yf lacks").isEmpty();
        assertThat(strings.keySet()).as("yf: terms reached by string instead of a Yf constant").isEmpty();
    }

    @Test
    void onlyProvDeclaresThePROVNamespace() throws IOException {
        List<Path> declaring = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.endsWith("rdf/Prov.java") && !NOT_YET.contains(MAIN.relativize(file).getName(0).toString())
                    && Files.readString(file).contains("\"http://www.w3.org/ns/prov#\"")) {
                declaring.add(file);
            }
        }
        assertThat(declaring).isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static List<Resource> constants(Class<?> vocabulary) throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field f : vocabulary.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource term = (Resource) f.get(null);
                assertThat(term.getLocalName()).as(f.getName()).isEqualTo(f.getName());
                terms.add(term);
            }
        }
        return terms;
    }
}
