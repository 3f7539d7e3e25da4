package org.yifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Year;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.rdf.Yf;

/**
 * The record kind {@code events}: a unit states per year how often an event occurred (CSV by its
 * header row, a sheet of the workbook, Turtle records), checked row by row and field by field; a
 * rejected upload writes nothing, and a year's statement is made once.
 */
@YifaSpringTest
class EventStatementIntakeTest {

    static final String HEADER = "record_id,event_type,year,occurrences,date,statement\n";

    @Autowired
    EvidenceIntake intake;
    @Autowired
    Dataset dataset;

    TestUnits units;
    String unit;
    final int year = Year.now().getValue() - 1;

    @BeforeEach
    void unit() {
        units = new TestUnits(dataset);
        unit = units.create();
    }

    @AfterEach
    void removeUnits() {
        units.close();
    }

    private UploadReceipt csv(String rows) {
        return intake.accept(unit, UploadFormat.CSV, (HEADER + rows).getBytes(StandardCharsets.UTF_8), "测试员");
    }

    @Test
    void aCsvOfEventStatementsIsRecognisedByItsHeaderAndWritten() {
        UploadReceipt receipt = csv("e1,legal-post-hire," + year + ",2," + year + "-12-20,新录用2人\n"
                + "e2,licence-revoked," + year + ",0," + year + "-12-20,\n");
        assertThat(receipt.events()).isEqualTo(2);
        assertThat(receipt.evidence()).isZero();
        boolean written = Txn.calculateRead(dataset, () -> dataset.getNamedModel(Yf.GRAPH + "evidence/" + unit)
                .getResource(Iris.event(unit, "e1")).getProperty(Yf.prop("occurrences")).getInt() == 2);
        assertThat(written).isTrue();
    }

    @Test
    void everyBadFieldIsNamedByRowAndNothingIsWritten() {
        long before = TestUnits.quads(dataset);
        UploadRejected rejected = catchThrowableOfType(UploadRejected.class, () -> csv(
                "e1,no-such-event," + year + ",1," + year + "-12-20,\n"
                        + "e2,legal-post-hire," + year + ",-1," + year + "-12-20,\n"
                        + "e3,licence-revoked," + year + ",两次," + year + "-12-20,\n"
                        + "e4,leader-appointment," + year + ",1," + (year - 1) + "-12-20,\n"
                        + "e5,legal-post-hire," + year + ",1," + year + "-12-21,\n"));
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.problems()).extracting(p -> (p.row() != null ? p.row() : p.line()) + " " + p.field())
                .contains("2 event_type", "3 occurrences", "4 occurrences", "5 date", "6 event_type");
        assertThat(rejected.problems()).anySatisfy(p -> assertThat(p.message()).contains("unknown event type 'no-such-event'"));
        assertThat(rejected.problems()).anySatisfy(p -> assertThat(p.message()).contains("a second statement on 'legal-post-hire'"));
        assertThat(TestUnits.quads(dataset)).isEqualTo(before);
    }

    @Test
    void aYearsStatementIsMadeOnceAcrossUploads() {
        csv("e1,legal-post-hire," + year + ",1," + year + "-12-20,\n");
        UploadRejected rejected = catchThrowableOfType(UploadRejected.class,
                () -> csv("e2,legal-post-hire," + year + ",3," + year + "-12-28,补报\n"));
        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("event_type");
            assertThat(p.message()).contains("already stated", Iris.event(unit, "e1"));
        });
        // Another year is another statement.
        assertThat(csv("e3,legal-post-hire," + (year - 1) + ",0," + year + "-01-10,\n").events()).isEqualTo(1);
    }

    @Test
    void turtleRecordsAreCheckedLikeRows() {
        String turtle = """
                @prefix yf: <https://w3id.org/yifa/ont#> . @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%s> a yf:EventStatement ; yf:unit <%s> ; yf:recordId "e1" ;
                    yf:eventType <https://w3id.org/yifa/id/event-type/leader-appointment> ;
                    yf:year %d ; yf:occurrences 1 ; dcterms:date "%d-12-20"^^xsd:date .
                """.formatted(Iris.event(unit, "e1"), TestUnits.iri(unit), year, year);
        UploadReceipt receipt = intake.accept(unit, UploadFormat.TURTLE, turtle.getBytes(StandardCharsets.UTF_8), "测试员");
        assertThat(receipt.events()).isEqualTo(1);

        String bad = turtle.replace("\"e1\"", "\"e2\"").replace("/e1>", "/e2>").replace("yf:occurrences 1", "yf:occurrences -2")
                .replace("yf:year " + year, "yf:year " + (year - 1));
        UploadRejected rejected = catchThrowableOfType(UploadRejected.class,
                () -> intake.accept(unit, UploadFormat.TURTLE, bad.getBytes(StandardCharsets.UTF_8), "测试员"));
        assertThat(rejected.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("yf:occurrences"));
    }
}
