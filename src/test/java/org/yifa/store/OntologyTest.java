package org.yifa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yifa.rdf.Yf;
import org.yifa.store.load.DataFiles;

class OntologyTest {

    static Model ontology;

    @BeforeAll
    static void parse() {
        ontology = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(DataFiles.read("ontology/yifa.ttl"))).lang(Lang.TURTLE).parse(ontology);
    }

    @Test
    void isConsistentUnderOwlReasoning() {
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), ontology);
        ValidityReport report = inf.validate();
        assertThat(report.isValid()).as(() -> {
            StringBuilder sb = new StringBuilder();
            report.getReports().forEachRemaining(r -> sb.append(r).append('\n'));
            return sb.toString();
        }).isTrue();
    }

    @Test
    void everyTermIsLabelledInChineseAndEnglishCommentedAndDefinedHere() {
        Set<Resource> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Yf.NS)) {
                terms.add(s);
            }
        });
        assertThat(terms).hasSizeGreaterThan(50);
        for (Resource term : terms) {
            assertThat(term.hasProperty(RDF.type)).as(term.getURI()).isTrue();
            assertThat(languages(term, RDFS.label)).as("labels of " + term.getLocalName()).contains("zh", "en");
            assertThat(languages(term, RDFS.comment)).as("comments of " + term.getLocalName()).contains("zh", "en");
            assertThat(term.getPropertyResourceValue(RDFS.isDefinedBy)).as(term.getLocalName())
                    .isEqualTo(ontology.getResource("https://w3id.org/yifa/ont"));
        }
    }

    @Test
    void everyTermTheCodeWritesIsDeclared() throws IllegalAccessException {
        // The concept schemes (yf:UnitTypes, yf:EvidenceTypes, yf:EventTypes) are declared in their own files.
        Model declared = ModelFactory.createDefaultModel().add(ontology);
        for (String file : new String[] {"ontology/unit-types.ttl", "ontology/evidence-types.ttl", "ontology/event-types.ttl"}) {
            RDFParser.source(new ByteArrayInputStream(DataFiles.read(file))).lang(Lang.TURTLE).parse(declared);
        }
        for (var field : Yf.class.getFields()) {
            Object value = field.get(null);
            if (value instanceof Resource term) {
                assertThat(declared.contains(term, RDF.type, (RDFNode) null)).as(term.getURI()).isTrue();
            }
        }
        for (String kind : new String[] {"RunningHeader", "RepeatedBanner", "BannerInText", "SplitTitle",
                "InterleavedCells", "SharedLine", "StrayDot", "AsciiPunctuation", "LayoutSpaces", "CensoredWord"}) {
            assertThat(ontology.contains(Yf.res(kind), RDF.type, Yf.res("RepairKind"))).as(kind).isTrue();
        }
        assertThat(ontology.contains(Yf.Requirement, OWL.disjointWith, Yf.VetoCondition)
                || ontology.listStatements(null, RDF.type, OWL.AllDisjointClasses).hasNext()).isTrue();
    }

    private static Set<String> languages(Resource term, org.apache.jena.rdf.model.Property p) {
        Set<String> langs = new TreeSet<>();
        term.listProperties(p).forEachRemaining(s -> langs.add(s.getLiteral().getLanguage()));
        return langs;
    }
}
