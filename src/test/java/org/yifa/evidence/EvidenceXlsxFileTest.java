package org.yifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading XLSX uploads directly: sheets, headers and what cells hold, with real workbooks. */
class EvidenceXlsxFileTest {

    Problems problems = new Problems();

    @Test
    void headerOnlySheetsAreFineAndOtherSheetsAreIgnored() {
        List<Table> tables = XlsxFile.read(Workbooks.empty().sheet("notes", List.of("anything")).bytes(), problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(tables).extracting(Table::kind).containsExactly(Kind.EVIDENCE, Kind.JUDGEMENTS, Kind.VETOES, Kind.EVENTS);
        assertThat(tables).allSatisfy(t -> assertThat(t.rows()).isEmpty());
    }

    @Test
    void cellsReadAsTypedDatesAsIsoWholeNumbersWithoutDecimalsBooleansAsWords() {
        List<Table> tables = XlsxFile.read(Workbooks.empty()
                .row("evidence", "001", "training-record", LocalDate.of(2025, 4, 12), "培训", null, null, null, null,
                        LocalDate.of(2030, 4, 11), true, null)
                .row("judgements", "7.1-2", 2025, "met", "好", "2025-12-20", "李")
                .bytes(), problems);
        assertThat(problems.isEmpty()).as("%s", problems.list()).isTrue();
        Table.Row evidence = tables.get(0).rows().get(0);
        assertThat(evidence.values()).containsEntry("record_id", "001").containsEntry("date", "2025-04-12")
                .containsEntry("valid_until", "2030-04-11").containsEntry("provisional", "true")
                .doesNotContainKey("reference");
        assertThat(evidence.at()).isEqualTo(Position.row("evidence", 2));
        assertThat(tables.get(1).rows().get(0).get("year")).isEqualTo("2025");
    }

    @Test
    void blankRowsAreSkippedButRowNumbersStayThoseOfTheSheet() {
        List<Table> tables = XlsxFile.read(Workbooks.empty()
                .row("vetoes", "v1", "9.1", "2024-01-02", "a", null)
                .row("vetoes", (Object) null)
                .row("vetoes", "v2", "9.2", "2024-01-03", "b", null)
                .bytes(), problems);
        assertThat(tables.get(2).rows()).extracting(r -> r.at().row()).containsExactly(2, 4);
    }

    @Test
    void aSheetNamedInAnotherCaseOrMissingIsReportedBySheet() {
        XlsxFile.read(Workbooks.create()
                .sheet("Evidence", Kind.EVIDENCE.columnNames())
                .sheet("judgements", Kind.JUDGEMENTS.columnNames()).bytes(), problems);
        assertThat(problems.list()).extracting(Problem::sheet, Problem::message).containsExactly(
                tuple("evidence", "the sheet 'Evidence' must be named exactly 'evidence'"),
                tuple("vetoes", "the sheet 'vetoes' is missing; the workbook needs the sheets evidence, judgements and "
                        + "vetoes (one with only its header row is fine)"));
    }

    @Test
    void anEmptyHeaderRowAndValuesOutsideTheHeaderAreReported() {
        XlsxFile.read(Workbooks.empty()
                .sheet("judgements", List.of())
                .row("vetoes", "v1", "9.1", "2024-01-02", "a", null, "stray")
                .bytes(), problems);
        assertThat(problems.list()).extracting(Problem::sheet, Problem::row, Problem::field).containsExactly(
                tuple("judgements", 1, null), tuple("vetoes", 2, "column F"));
    }

    @Test
    void filesThatAreNoXlsxAreReportedAsSuch() {
        XlsxFile.read("record_id,date\n".getBytes(), problems);
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        XlsxFile.read(ole2, problems);
        assertThat(problems.list()).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("not an XLSX spreadsheet"),
                m -> assertThat(m).contains(".xls").contains("save it as .xlsx"));
    }
}
