package org.yifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.yifa.rdf.Yf;
import org.yifa.testing.YifaSpringTest;

/** The intake service as the assessment engine's tests call it, with the store behind it. */
@YifaSpringTest
@RecordApplicationEvents
class EvidenceIntakeTest {

    @Autowired
    EvidenceIntake intake;

    @Autowired
    EvidenceShapes shapes;

    @Autowired
    Dataset dataset;

    @Autowired
    ApplicationEvents events;

    TestUnits units;
    String unit;

    @BeforeEach
    void unit() {
        units = new TestUnits(dataset);
        unit = units.create();
    }

    @AfterEach
    void removeUnits() {
        units.close();
    }

    @Test
    void anAcceptedUploadIsOneGraphOfRecordsThatPointToTheirUploadAndConformToTheShapes() {
        UploadReceipt receipt = intake.accept(unit, UploadFormat.TURTLE, Fixtures.bytes("valid.ttl", unit), "测试员");
        assertThat(receipt.evidence()).isEqualTo(1);
        assertThat(receipt.judgements()).isEqualTo(1);
        assertThat(receipt.vetoes()).isEqualTo(1);

        Txn.executeRead(dataset, () -> {
            Model graph = dataset.getNamedModel(Yf.GRAPH + "evidence/" + unit);
            Resource upload = graph.getResource(receipt.upload());
            assertThat(upload.hasProperty(RDF.type, Yf.res("Upload"))).isTrue();
            assertThat(upload.getProperty(DCTerms.format).getString()).isEqualTo("text/turtle");
            assertThat(upload.getProperty(DCTerms.extent).getString())
                    .isEqualTo("1 evidence records, 1 judgements, 1 veto events");
            String started = upload.getProperty(Prov.startedAtTime).getLiteral().getLexicalForm();
            List<Resource> records = graph.listSubjectsWithProperty(Yf.prop("upload"), upload).toList();
            assertThat(records).hasSize(3).allSatisfy(r -> {
                assertThat(r.getProperty(Prov.generatedAtTime).getLiteral().getLexicalForm()).isEqualTo(started);
                assertThat(r.getPropertyResourceValue(Yf.prop("unit")).getURI()).isEqualTo(TestUnits.iri(unit));
            });
            // Everything in the store that the shapes target conforms, the new graph included.
            Graph all = dataset.asDatasetGraph().getUnionGraph();
            ValidationReport report = shapes.validate(all);
            assertThat(report.conforms()).as(() -> report.getEntries().toString()).isTrue();
        });
    }

    @Test
    void listenersHearOfAnAcceptedUploadAndOfNoRejectedOne() {
        assertThatThrownBy(() -> intake.accept(unit, UploadFormat.CSV,
                Fixtures.bytes("wrong-columns.csv", unit), null)).isInstanceOf(UploadRejected.class);
        assertThat(events.stream(EvidenceUploaded.class)).isEmpty();

        UploadReceipt receipt = intake.accept(unit, UploadFormat.CSV, Fixtures.bytes("valid-evidence.csv", unit), null);
        assertThat(events.stream(EvidenceUploaded.class)).singleElement().satisfies(e -> {
            assertThat(e.unitId()).isEqualTo(unit);
            assertThat(e.upload()).isEqualTo(receipt.upload());
        });
    }

    @Test
    void aJudgementCanBeGivenOncePerCriterionAndYear() {
        String judged = Fixtures.criteria(true).get(0);
        byte[] csv = ("criterion,year,verdict,reason,date,assessor\n" + judged + ",2024,missed,未见材料,2024-12-30,李评估\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(intake.accept(unit, UploadFormat.CSV, csv, null).judgements()).isEqualTo(1);

        UploadRejected again = catchThrowableOfType(UploadRejected.class,
                () -> intake.accept(unit, UploadFormat.CSV, csv, null));
        assertThat(again.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("criterion");
            assertThat(p.message()).contains("already has a judgement")
                    .contains("https://w3id.org/yifa/id/judgement/" + unit + "/2024/" + judged);
        });
    }

    @Test
    void aRecordIdTakenInAnotherGraphCounts() {
        // As the demo city's records will be: in a graph of their own.
        units.write(Yf.GRAPH + "test/other/" + unit, Fixtures.text("valid.ttl", unit));
        long before = TestUnits.quads(dataset);
        UploadRejected rejected = catchThrowableOfType(UploadRejected.class,
                () -> intake.accept(unit, UploadFormat.TURTLE, Fixtures.bytes("valid.ttl", unit), null));
        assertThat(rejected.status()).isEqualTo(400);
        String text = Fixtures.text("valid.ttl", unit);
        assertThat(rejected.problems()).extracting(Problem::field, Problem::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("yf:recordId", EvidenceControllerTest.lineOf(text, "/ttl-001>")),
                        org.assertj.core.groups.Tuple.tuple("yf:criterion", EvidenceControllerTest.lineOf(text, "/2025/7.1-2>")),
                        org.assertj.core.groups.Tuple.tuple("yf:recordId", EvidenceControllerTest.lineOf(text, "/ttl-v1>")));
        assertThat(TestUnits.quads(dataset)).isEqualTo(before);
    }

    @Test
    void rdfRecordsMayNotSetWhatTheServerSetsNorSitAtAnotherIriNorDescribeAnythingElse() {
        String turtle = Fixtures.text("valid.ttl", unit)
                .replace("yf:recordId \"ttl-001\" ;", "yf:recordId \"ttl-001\" ; yf:upload <https://w3id.org/yifa/id/upload/x> ;")
                .replace("/veto/" + unit + "/ttl-v1>", "/veto/" + unit + "/elsewhere>")
                + "\n<https://w3id.org/yifa/id/unit/" + unit + "> yf:unitId \"renamed\" .\n";
        UploadRejected rejected = catchThrowableOfType(UploadRejected.class,
                () -> intake.accept(unit, UploadFormat.TURTLE, turtle.getBytes(StandardCharsets.UTF_8), null));
        assertThat(rejected.problems()).extracting(Problem::field, Problem::record).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("yf:upload", "https://w3id.org/yifa/id/evidence/" + unit + "/ttl-001"),
                org.assertj.core.groups.Tuple.tuple("@id", "https://w3id.org/yifa/id/veto/" + unit + "/elsewhere"),
                org.assertj.core.groups.Tuple.tuple(null, TestUnits.iri(unit)));
    }

    @Test
    void anUnknownUnitIsNotFoundAndAnUploadOverTheLimitIsTooLarge() {
        UploadRejected unknown = catchThrowableOfType(UploadRejected.class,
                () -> intake.accept("no-such-unit", UploadFormat.CSV, Fixtures.bytes("valid-evidence.csv", unit), null));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.getMessage()).contains("no-such-unit");

        UploadRejected large = catchThrowableOfType(UploadRejected.class,
                () -> intake.accept(unit, UploadFormat.CSV, new byte[5 * 1024 * 1024 + 1], null));
        assertThat(large.status()).isEqualTo(413);
    }

    /** Found by EvidenceIntakeFuzzTest: Jena's tokenizer failed to word its error, and the upload answered 500. */
    @Test
    void turtleCutOffAfterADatatypeMarkIsABadRequest() {
        byte[] cut = "@prefix yf: <https://w3id.org/yifa/ont#> .\n<urn:x> yf:url \"https://example.org\"^^".getBytes(StandardCharsets.UTF_8);
        UploadRejected rejected = catchThrowableOfType(UploadRejected.class,
                () -> intake.accept(unit, UploadFormat.TURTLE, cut, null));
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not valid Turtle"));
    }

    @Test
    void aRemoteJsonLdContextIsNeverFetched() throws java.io.IOException {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {\"yf\": \"https://w3id.org/yifa/ont#\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String context = "http://127.0.0.1:" + server.getAddress().getPort() + "/context.jsonld";
            String json = "{\"@context\": \"" + context + "\", \"@id\": \"https://w3id.org/yifa/id/evidence/" + unit
                    + "/r-1\", \"@type\": \"yf:EvidenceRecord\"}";
            UploadRejected rejected = catchThrowableOfType(UploadRejected.class,
                    () -> intake.accept(unit, UploadFormat.JSON_LD, json.getBytes(StandardCharsets.UTF_8), null));
            assertThat(rejected.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("remote documents are not loaded").contains(context));
            assertThat(requests.get()).isZero();
        } finally {
            server.stop(0);
        }
    }
}
