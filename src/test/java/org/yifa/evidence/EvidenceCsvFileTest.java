package org.yifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Reading CSV uploads directly: quoting, row numbers as a spreadsheet shows them, headers, encodings. */
class EvidenceCsvFileTest {

    static final String EVIDENCE_HEADER = String.join(",", Kind.EVIDENCE.columnNames());

    Problems problems = new Problems();

    Optional<Table> read(String text) {
        return CsvFile.read(text.getBytes(StandardCharsets.UTF_8), null, problems);
    }

    @Test
    void quotedCommasQuotesAndLineBreaksStayInOneFieldAndRowsAreCountedAsInASpreadsheet() {
        Table table = read(EVIDENCE_HEADER + "\r\n"
                + "a,training-record,2025-04-12,\"培训, 第一期\",,,,,,,\r\n"
                + "b,training-record,2025-04-12,\"他说\"\"好\"\"\n第二行\",,,,,,,\r\n"
                + "\r\n"
                + "c,training-record,2025-04-12,总结,,,,,,,").orElseThrow();
        assertThat(problems.isEmpty()).as("%s", problems.list()).isTrue();
        assertThat(table.kind()).isEqualTo(Kind.EVIDENCE);
        assertThat(table.rows()).extracting(r -> r.at().row(), r -> r.get("record_id"), r -> r.values().get("title"))
                .containsExactly(tuple(2, "a", "培训, 第一期"), tuple(3, "b", "他说\"好\"\n第二行"), tuple(5, "c", "总结"));
    }

    @Test
    void eachKindIsRecognisedByItsHeaderInAnyOrderAndCase() {
        assertThat(read("YEAR,criterion,verdict,reason,date,assessor\n2025,7.1-2,met,好,2025-01-02,李\n")
                .orElseThrow().kind()).isEqualTo(Kind.JUDGEMENTS);
        assertThat(read("\ufeffrecord_id,veto_item,date,title,reference\nv1,9.2,2025-01-02,通报,\n")
                .orElseThrow().kind()).isEqualTo(Kind.VETOES);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aHeaderThatLacksARepeatsOrAddsAColumnIsReportedColumnByColumn() {
        assertThat(read("record_id,evidence_type,date,title,title,remark\n")).isEmpty();
        assertThat(problems.list()).extracting(Problem::row, Problem::field).containsExactlyInAnyOrder(
                tuple(1, "title"), tuple(1, "remark"), tuple(1, "reference"), tuple(1, "url"), tuple(1, "sha256"),
                tuple(1, "criterion"), tuple(1, "valid_until"), tuple(1, "provisional"), tuple(1, "submitted_by"));
    }

    @Test
    void aHeaderOfNoKindIsReported() {
        assertThat(read("name,amount\nx,1\n")).isEmpty();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.message()).contains("evidence: record_id,evidence_type");
        });
    }

    @Test
    void anUnterminatedQuoteIsReportedAtTheRowAndColumnWhereItOpens() {
        read(EVIDENCE_HEADER + "\na,training-record,2025-04-12,ok,,,,,,,\nb,training-record,\"2025-04-12,x,,,,,,,\nc\n");
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.field()).isEqualTo("date");
        });
    }

    @Test
    void textAfterAClosingQuoteIsReported() {
        read(EVIDENCE_HEADER + "\na,training-record,2025-04-12,\"培训\"通知,,,,,,,\n");
        assertThat(problems.list()).extracting(Problem::row, Problem::field).containsExactly(tuple(2, "title"));
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsReportedAtItsRowAndField() {
        assertThat(read(EVIDENCE_HEADER + "\na,training-record,2025-04-12,ok,,,,,,,\n"
                + "b,training-record,2025-04-12,他说\"好\",,,,,,,\n")).isPresent();
        assertThat(problems.list()).extracting(Problem::row, Problem::field).containsExactly(tuple(3, "title"));
    }

    @Test
    void rowsWithTooFewOrTooManyFieldsAreReportedAndTheOthersStillRead() {
        Table table = read(EVIDENCE_HEADER + "\na,training-record\nb,training-record,2025-04-12,t,,,,,,,\nc,,,,,,,,,,,,\n")
                .orElseThrow();
        assertThat(table.rows()).extracting(r -> r.get("record_id")).containsExactly("b");
        assertThat(problems.list()).extracting(Problem::row, Problem::field)
                .containsExactly(tuple(2, "date"), tuple(4, "column L"));
    }

    @Test
    void aFileSavedByExcelOnChineseWindowsIsReadAsGb18030() {
        byte[] gbk = (EVIDENCE_HEADER + "\na,training-record,2025-04-12,领导干部法治专题培训,,,,,,,\n")
                .getBytes(Charset.forName("GB18030"));
        Table table = CsvFile.read(gbk, null, problems).orElseThrow();
        assertThat(table.rows().get(0).get("title")).isEqualTo("领导干部法治专题培训");
        List<Table.Row> declared = CsvFile.read(gbk, Charset.forName("GBK"), problems).orElseThrow().rows();
        assertThat(declared.get(0).get("title")).isEqualTo("领导干部法治专题培训");
    }
}
