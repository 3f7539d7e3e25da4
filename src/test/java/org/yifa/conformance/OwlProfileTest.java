package org.yifa.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.SlowTest;
import org.yifa.testing.YifaSpringTest;
import org.yifa.store.FusekiEndpoint;
import org.yifa.store.Store;
import org.yifa.store.StoreLoader;

/**
 * The ontology and the data published against it, read from the store through Fuseki's Graph Store endpoint
 * into the OWL API 5.5.1 and HermiT 1.4.5. The ontology is OWL 2 DL and consistent. With the data it is OWL 2
 * DL except in the two respects its header states: dates are xsd:date literals (outside the OWL 2 datatype
 * map), and submitters and assessors are still named by literals where PROV-O expects agents.
 */
@SlowTest
@YifaSpringTest
class OwlProfileTest {

    static final String ONTOLOGY_GRAPH = "https://w3id.org/yifa/graph/ontology";
    /** The properties the data still gives literal agents (see the ontology's header). */
    static final Set<String> LITERAL_AGENTS = Set.of(
            "http://www.w3.org/ns/prov#wasAttributedTo", "http://www.w3.org/ns/prov#wasAssociatedWith");
    static final String XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";

    @Autowired
    Store store;
    @Autowired
    FusekiEndpoint fuseki;

    @Test
    void theOntologyIsOwl2DlAndHermitFindsItConsistent() throws Exception {
        OWLOntology ontology = load(List.of(ONTOLOGY_GRAPH));
        assertThat(ontology.getAxiomCount()).isGreaterThan(1000);
        assertThat(describe(new OWL2DLProfile().checkOntology(ontology).getViolations())).isEmpty();
        assertThat(new ReasonerFactory().createReasoner(ontology).isConsistent()).isTrue();
    }

    @Test
    void withTheDataTheOnlyDeparturesFromOwl2DlAreTheStatedOnesAndHermitFindsItConsistent() throws Exception {
        List<String> graphs = store.graphs().stream().filter(g -> !g.equals(StoreLoader.META_GRAPH)).toList();
        assertThat(graphs).contains(ONTOLOGY_GRAPH, "https://w3id.org/yifa/graph/laws", "https://w3id.org/yifa/graph/demo");
        OWLOntology all = load(graphs);
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(all).getViolations();
        List<OWLProfileViolation> unstated = violations.stream().filter(v -> !stated(v)).toList();
        assertThat(describe(unstated)).as("departures not stated in the ontology's header").isEmpty();

        Configuration configuration = new Configuration();
        // The xsd:date literals are the stated departure; every other axiom is reasoned with.
        configuration.ignoreUnsupportedDatatypes = true;
        assertThat(new ReasonerFactory().createReasoner(all, configuration).isConsistent()).isTrue();
    }

    /** An xsd:date literal or datatype, or a literal given to a property that expects an agent. */
    private static boolean stated(OWLProfileViolation v) {
        String text = v.toString();
        String kind = v.getClass().getSimpleName();
        if (kind.equals("UseOfUndeclaredDatatype") || kind.equals("UseOfDefinedDatatypeInLiteral")) {
            return text.contains("xsd:date") || text.contains(XSD_DATE);
        }
        if (kind.equals("IllegalPunning") || kind.equals("UseOfUndeclaredAnnotationProperty")) {
            return LITERAL_AGENTS.stream().anyMatch(p -> text.contains("<" + p + ">") || text.contains(p + " "));
        }
        return false;
    }

    private OWLOntology load(List<String> graphs) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String graph : graphs) {
            RDFDataMgr.write(all, RDFParser.source(fuseki.datasetUrl() + "/get?graph="
                    + URLEncoder.encode(graph, StandardCharsets.UTF_8)).toGraph(), Lang.NTRIPLES);
        }
        return OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(
                new ByteArrayInputStream(all.toByteArray()));
    }

    /** Violations by kind, with a few examples of each, for a message that says what to fix. */
    private static Map<String, List<String>> describe(List<OWLProfileViolation> violations) {
        return new TreeMap<>(violations.stream().collect(Collectors.groupingBy(v -> v.getClass().getSimpleName(),
                Collectors.collectingAndThen(Collectors.toList(),
                        l -> l.stream().limit(5).map(OWLProfileViolation::toString).toList()))));
    }
}
