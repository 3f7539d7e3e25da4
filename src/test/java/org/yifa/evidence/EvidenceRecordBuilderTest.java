package org.yifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.yifa.rdf.Yf;

/**
 * Checking rows field by field, with the evidence types, criteria and veto conditions read from the
 * project's files (not from the store), and "today" fixed.
 */
class EvidenceRecordBuilderTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final Unit UNIT = new Unit("sfj", Yf.ID + "unit/sfj", "示例市司法局");
    static final Terms TERMS = terms();

    Problems problems = new Problems();
    RecordBuilder builder = new RecordBuilder(UNIT, TERMS, Instant.parse("2025-06-30T08:00:00Z"), TODAY,
            Yf.ID + "upload/u1", "测试员", problems);

    static Terms terms() {
        Map<String, String> types = Fixtures.evidenceTypeSlugs().stream()
                .collect(Collectors.toMap(s -> s, s -> Yf.ID + "evidence-type/" + s));
        Map<String, Terms.Criterion> criteria = new LinkedHashMap<>();
        for (boolean judgement : new boolean[] {true, false}) {
            Fixtures.criteria(judgement).forEach(id -> criteria.put(id,
                    new Terms.Criterion(Yf.ID + "model-unit-goals/criterion/" + id, id, judgement)));
        }
        Map<String, String> vetoes = Fixtures.vetoItems().stream()
                .collect(Collectors.toMap(n -> n, n -> Yf.ID + "model-unit-goals/veto-event/" + n));
        return new Terms(types, criteria, vetoes);
    }

    /** A table of one kind from rows of values in column order. */
    static Table table(Kind kind, List<?>... rows) {
        List<Table.Row> list = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < rows[i].size(); c++) {
                values.put(kind.columnNames().get(c), rows[i].get(c) == null ? "" : rows[i].get(c).toString());
            }
            list.add(new Table.Row(Position.row(kind.sheet(), i + 2), values));
        }
        return new Table(kind, list, Table.COLUMNS);
    }

    static List<Object> evidence(String id, String type, String date, String... rest) {
        List<Object> row = new java.util.ArrayList<>(List.of(id, type, date, "标题"));
        row.addAll(Arrays.asList(rest));
        return row;
    }

    @Test
    void everyProblemOfEveryRowIsReportedAndOnlyGoodRowsBecomeRecords() {
        builder.add(table(Kind.EVIDENCE,
                evidence("ok-1", "training-record", "2024-02-29"),
                evidence("bad/1", "no-such-type", "2025-02-29", null, "ftp://example.org", "abc", "0.0-0", "2024-01-01", "perhaps"),
                evidence("ok-2", "training-record", TODAY.toString()),
                evidence("late", "training-record", TODAY.plusDays(1).toString()),
                evidence("slash", "training-record", "2025/01/02"),
                evidence("", "", "")));
        assertThat(problems.list()).extracting(Problem::row, Problem::field).containsExactly(
                tuple(3, "record_id"), tuple(3, "evidence_type"), tuple(3, "date"), tuple(3, "url"), tuple(3, "sha256"),
                tuple(3, "criterion"), tuple(3, "provisional"),
                tuple(5, "date"),
                tuple(6, "date"),
                tuple(7, "record_id"), tuple(7, "evidence_type"), tuple(7, "date"));
        assertThat(builder.draft().entries).extracting(Draft.Entry::key).containsExactly("ok-1", "ok-2");
    }

    @Test
    void aGoodRowBecomesARecordOfTheDataModel() {
        String sha = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
        builder.add(table(Kind.EVIDENCE, evidence("r-1", "training-record", "2025-04-12", "示司发〔2025〕12号",
                "https://example.org/r-1", sha, "7.4-1", "2030-04-11", "是", "")));
        assertThat(problems.isEmpty()).as("%s", problems.list()).isTrue();
        Resource r = builder.draft().model.getResource(Yf.ID + "evidence/sfj/r-1");
        assertThat(r.getProperty(Yf.prop("evidenceType")).getResource().getURI())
                .isEqualTo(Yf.ID + "evidence-type/training-record");
        assertThat(r.getProperty(DCTerms.date).getLiteral().getDatatypeURI()).endsWith("#date");
        assertThat(r.getProperty(DCTerms.title).getLanguage()).isEqualTo("zh");
        assertThat(r.getProperty(Yf.sha256).getString()).isEqualTo(sha.toLowerCase());
        assertThat(r.getProperty(Yf.prop("url")).getLiteral().getDatatypeURI()).endsWith("#anyURI");
        assertThat(r.getProperty(Yf.prop("forCriterion")).getResource().getURI())
                .isEqualTo(Yf.ID + "model-unit-goals/criterion/7.4-1");
        assertThat(r.getProperty(Yf.prop("provisional")).getBoolean()).isTrue();
        // The submitter is a PROV-O agent named exactly as given, not a literal.
        Resource submitter = r.getProperty(Prov.wasAttributedTo).getResource();
        assertThat(submitter.getURI()).isEqualTo(Yf.ID + "agent/测试员");
        assertThat(submitter.hasProperty(org.apache.jena.vocabulary.RDF.type,
                r.getModel().createResource("http://www.w3.org/ns/prov#Agent"))).isTrue();
        assertThat(submitter.getProperty(org.apache.jena.vocabulary.RDFS.label).getString()).isEqualTo("测试员");
        assertThat(r.getProperty(Yf.prop("upload")).getResource().getURI()).isEqualTo(Yf.ID + "upload/u1");
    }

    @Test
    void validityMayNotEndBeforeTheDocumentIsDated() {
        builder.add(table(Kind.EVIDENCE, evidence("r-1", "normative-document-register", "2025-04-12", null, null, null,
                null, "2025-04-11")));
        assertThat(problems.list()).extracting(Problem::field).containsExactly("valid_until");
    }

    @Test
    void judgementsNeedAJudgementCriterionAVerdictAnAssessorAndAreOnePerCriterionAndYear() {
        String judged = Fixtures.criteria(true).get(0);
        String documentary = Fixtures.criteria(false).get(0);
        builder.add(table(Kind.JUDGEMENTS,
                List.of(judged, "2025", "MET", "理由", "2025-06-01", "李"),
                List.of(judged, "2025", "missed", "理由", "2025-06-02", "王"),
                List.of(documentary, "2026", "ok", "理由", "2025-06-01", "李"),
                java.util.Arrays.asList(judged, "2024", "missed", "理由", "2025-06-01", null)));
        assertThat(problems.list()).extracting(Problem::row, Problem::field).containsExactly(
                tuple(3, "criterion"), tuple(4, "criterion"), tuple(4, "year"), tuple(4, "verdict"));
        // The last row had no assessor: the submitter stands in.
        assertThat(builder.draft().entries).hasSize(2);
        Resource first = builder.draft().model.getResource(Yf.ID + "judgement/sfj/2025/" + judged);
        assertThat(first.getProperty(Yf.prop("verdict")).getString()).isEqualTo("met");
        assertThat(builder.draft().model.getResource(Yf.ID + "judgement/sfj/2024/" + judged)
                .getProperty(Prov.wasAttributedTo).getProperty(org.apache.jena.vocabulary.RDFS.label).getString())
                .isEqualTo("测试员");
    }

    @Test
    void recordIdsAreSharedByEvidenceRecordsAndVetoEvents() {
        builder.add(table(Kind.EVIDENCE, evidence("r-1", "training-record", "2025-04-12")));
        builder.add(table(Kind.VETOES, List.of("r-1", "9.2", "2025-01-02", "通报"), List.of("v-2", "9.7", "2025-01-02", "通报")));
        assertThat(problems.list()).extracting(Problem::sheet, Problem::row, Problem::field)
                .containsExactly(tuple("vetoes", 2, "record_id"), tuple("vetoes", 3, "veto_item"));
        assertThat(problems.list().get(0).message()).contains("sheet evidence row 2");
    }
}
