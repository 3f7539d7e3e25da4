package org.yifa.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;
import org.yifa.store.DataFiles;
import org.yifa.store.InvalidInputException;

@YifaSpringTest
class DemoSourceTest {

    @Autowired
    Dataset store;
    @Autowired
    QueryLibrary queries;

    @Test
    void theDemoGraphHoldsTheFileWithItsTwelveUnits() {
        Model file = ModelFactory.createDefaultModel();
        RDFParser.fromString(DataFiles.readText(DemoCity.FILE), Lang.TURTLE).parse(file);
        Model graph = ModelFactory.createDefaultModel();
        Txn.executeRead(store, () -> graph.add(store.getNamedModel(Yf.GRAPH + "demo")));
        assertThat(graph.getGraph().isIsomorphicWith(file.getGraph())).isTrue();
        List<Resource> units = graph.listResourcesWithProperty(RDF.type, Yf.res("Unit")).toList();
        assertThat(units).extracting(u -> u.getProperty(SKOS.prefLabel).getString())
                .containsExactlyInAnyOrderElementsOf(DemoCity.UNITS.stream().map(UnitSpec::name).toList())
                .contains("示例市人民政府", "示例市司法局", "东城区人民政府", "北山镇人民政府");
        assertThat(graph.listResourcesWithProperty(RDF.type, Yf.res("EvidenceRecord")).toList()).hasSizeGreaterThan(1_000);
        assertThat(graph.listResourcesWithProperty(RDF.type, Yf.res("VetoEvent")).toList()).hasSize(2);
    }

    @Test
    void switchedOffTheDemoGraphIsEmpty() {
        DemoSource off = new DemoSource(queries, false);
        assertThat(off.fingerprint()).isNotEqualTo(new DemoSource(queries, true).fingerprint());
        assertThat(Txn.calculateRead(store, () -> off.build(store)).isEmpty()).isTrue();
    }

    @Test
    void badTurtleIsRejectedWithItsLine() {
        String text = "@prefix yf: <https://w3id.org/yifa/ont#> .\n\n<urn:x> yf:unitId \"a\" ;\n    yf:unitId .\n";
        assertThatThrownBy(() -> DemoSource.parse("data/demo/city.ttl", bytes(text), Set.of()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).line()).isEqualTo(4))
                .hasMessageStartingWith("data/demo/city.ttl:4");
    }

    @Test
    void anUnknownEvidenceTypeIsRejectedWithItsLine() {
        Set<String> known = new HashSet<>();
        queries.select("demo-known-terms").forEach(r -> known.add(r.getResource("term").getURI()));
        String text = """
                @prefix yf: <https://w3id.org/yifa/ont#> .
                @prefix et: <https://w3id.org/yifa/id/evidence-type/> .
                <https://w3id.org/yifa/id/evidence/x/r1> a yf:EvidenceRecord ;
                    yf:evidenceType et:training-record .
                <https://w3id.org/yifa/id/evidence/x/r2> a yf:EvidenceRecord ;
                    yf:evidenceType et:no-such-type .
                """;
        assertThat(DemoSource.parse("city.ttl", bytes(text.replace("no-such-type", "study-record")), known).size()).isEqualTo(4);
        assertThatThrownBy(() -> DemoSource.parse("city.ttl", bytes(text), known))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("city.ttl:6")
                .hasMessageContaining("et:no-such-type");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
