package org.yifa.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.framework.parse.Checklist;
import org.yifa.testing.YifaSpringTest;
import org.yifa.fuseki.FusekiEndpoint;
import org.yifa.store.InvalidInputException;
import org.yifa.store.load.StoreLoader;

@YifaSpringTest
class FrameworkLoadingTest {

    private static final String COUNT_BY_TYPE = """
            PREFIX yf: <https://w3id.org/yifa/ont#>
            SELECT (COUNT(?r) AS ?requirements) (COUNT(?v) AS ?vetoes)
            WHERE { { ?r a yf:Requirement } UNION { ?v a yf:VetoCondition } }""";

    @Autowired
    Dataset dataset;
    @Autowired
    StoreLoader loader;
    @Autowired
    FrameworkSource source;
    @Autowired
    FusekiEndpoint fuseki;

    @Test
    void fusekiServesOneResourcePerNumberedItemOfTheDocument() {
        Checklist parsed = source.parse();
        long requirements = parsed.items().stream().filter(i -> !i.veto()).count();
        long vetoes = parsed.items().stream().filter(Checklist.Item::veto).count();
        try (RDFConnection fusekiConnection = RDFConnection.queryConnect(fuseki.queryUrl())) {
            fusekiConnection.querySelect(COUNT_BY_TYPE, row -> {
                assertThat(row.getLiteral("requirements").getLong()).isEqualTo(requirements).isEqualTo(105);
                assertThat(row.getLiteral("vetoes").getLong()).isEqualTo(vetoes).isEqualTo(6);
            });
        }
    }

    @Test
    void fusekiIsReadOnly() {
        try (RDFConnection update = RDFConnection.connect(fuseki.datasetUrl())) {
            assertThatThrownBy(() -> update.update("INSERT DATA { <urn:x> <urn:y> <urn:z> }"))
                    .hasMessageContaining("40");
        }
        assertThat(Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().contains(null,
                org.apache.jena.graph.NodeFactory.createURI("urn:x"), null, null))).isFalse();
    }

    @Test
    void aRestartAddsNothing() {
        long before = quads();
        assertThat(loader.refresh(source)).isFalse();
        assertThat(quads()).isEqualTo(before);
    }

    @Test
    void anEditedDocumentIsIngestedAgainWithoutDuplicates(@TempDir Path dir) throws IOException {
        Path edited = dir.resolve("edited.txt");
        String original = new String(org.yifa.store.load.DataFiles.read("data/source/model-unit-goals.txt"),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(edited, original.replace("简化审批流程", "简化并公开审批流程"));
        FrameworkSource editedSource = new FrameworkSource(new FrameworkProperties(
                "file:" + edited, "data/source/censored-words.tsv", "model-unit-goals"));
        try {
            assertThat(loader.refresh(editedSource)).isTrue();
            assertThat(itemText("1.1")).contains("简化并公开审批流程");
            assertThat(count("?i a yf:Requirement")).isEqualTo(105);
        } finally {
            assertThat(loader.refresh(source)).isTrue();
        }
        assertThat(itemText("1.1")).contains("简化审批流程").doesNotContain("简化并公开");
    }

    @Test
    void aBrokenDocumentIsRejectedAndTheStoreKeepsTheFramework(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.txt");
        String original = new String(org.yifa.store.load.DataFiles.read("data/source/model-unit-goals.txt"),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(broken, original.replace(" 5.推行网上预受理", " 6.推行网上预受理"));
        long before = quads();
        FrameworkSource brokenSource = new FrameworkSource(new FrameworkProperties(
                "file:" + broken, "data/source/censored-words.tsv", "model-unit-goals"));
        assertThatThrownBy(() -> loader.refresh(brokenSource)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("broken.txt:").hasMessageContaining("numbering gap");
        assertThat(quads()).isEqualTo(before);
        assertThat(loader.refresh(source)).isFalse();
    }

    @Test
    void theIngestionRecordsItsRepairsAsData() {
        assertThat(count("?ingestion yf:repair ?r . ?r yf:repairKind yf:CensoredWord ; yf:sourceLine ?line"))
                .isEqualTo(1);
        assertThat(count("?fw a yf:Framework ; <http://www.w3.org/ns/prov#wasGeneratedBy> ?ing . ?ing yf:repair ?r"))
                .isEqualTo(source.parse().repairs().size());
    }

    private String itemText(String notation) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution q = QueryExecution.dataset(dataset).query("""
                    PREFIX yf: <https://w3id.org/yifa/ont#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?t { ?i skos:notation "%s" ; yf:text ?t }""".formatted(notation)).build()) {
                return q.execSelect().next().getLiteral("t").getString();
            }
        });
    }

    private long count(String pattern) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution q = QueryExecution.dataset(dataset).query(
                    "PREFIX yf: <https://w3id.org/yifa/ont#> SELECT (COUNT(*) AS ?n) { " + pattern + " }").build()) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private long quads() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }
}
