package org.yifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.yaml.snakeyaml.Yaml;
import org.yifa.rdf.Yf;

/**
 * Test data: the fixtures under {@code src/test/resources/evidence/} with the unit id filled in,
 * and facts read independently from the project's data files (evidence types, criteria).
 */
final class Fixtures {

    private Fixtures() {
    }

    /** A fixture with {@code {unit}} replaced by the unit id and {@code {today}} by today's date. */
    static String text(String name, String unitId) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/evidence/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{unit}", unitId).replace("{today}", LocalDate.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name, String unitId) {
        return text(name, unitId).getBytes(StandardCharsets.UTF_8);
    }

    /** Slugs of ontology/evidence-types.ttl, read from the file. */
    static TreeSet<String> evidenceTypeSlugs() {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, "ontology/evidence-types.ttl");
        TreeSet<String> slugs = new TreeSet<>();
        m.listSubjectsWithProperty(RDF.type, Yf.res("EvidenceType"))
                .forEachRemaining(r -> slugs.add(r.getURI().substring(r.getURI().lastIndexOf('/') + 1)));
        return slugs;
    }

    /** Ids of the curated criteria (data/criteria/area-*.yaml) whose judgement flag is as given. */
    @SuppressWarnings("unchecked")
    static List<String> criteria(boolean judgement) {
        List<String> ids = new ArrayList<>();
        try (var files = Files.list(Path.of("data/criteria"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("area-[1-8]\\.yaml")).sorted().toList()) {
                Map<String, Object> doc = new Yaml().load(Files.readString(file));
                for (Map<String, Object> item : (List<Map<String, Object>>) doc.get("items")) {
                    for (Map<String, Object> c : (List<Map<String, Object>>) item.get("criteria")) {
                        if (Boolean.valueOf(judgement).equals(c.get("judgement"))) {
                            ids.add((String) c.get("id"));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** Notations of the veto conditions, from data/criteria/area-9.yaml. */
    @SuppressWarnings("unchecked")
    static List<String> vetoItems() {
        try {
            Map<String, Object> doc = new Yaml().load(Files.readString(Path.of("data/criteria/area-9.yaml")));
            return ((List<Map<String, Object>>) doc.get("vetoes")).stream().map(v -> (String) v.get("item")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
