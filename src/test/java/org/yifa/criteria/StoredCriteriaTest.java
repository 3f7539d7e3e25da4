package org.yifa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.query.QueryLibrary;
import org.yifa.store.DataFiles;

/** What the one reader returns from the store is what the curated files say, criterion by criterion. */
@YifaSpringTest
class StoredCriteriaTest {

    @Autowired
    Dataset dataset;
    @Autowired
    CriteriaSource criteriaSource;
    @Autowired
    QueryLibrary queries;

    @Test
    void everyCuratedCriterionComesBackWithItsScopeEvidenceAndRules() {
        List<Criterion> curated = curated();
        Map<String, StoredCriterion> stored = Txn.calculateRead(dataset, () -> StoredCriteria.read(queries)).stream()
                .collect(Collectors.toMap(StoredCriterion::id, Function.identity()));
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(curated.stream().map(Criterion::id).toList());
        for (Criterion c : curated) {
            StoredCriterion s = stored.get(c.id());
            assertThat(s.item()).as(c.id()).isEqualTo(c.item());
            assertThat(s.obligation()).as(c.id()).isEqualTo(c.obligation());
            assertThat(s.judgement()).as(c.id()).isEqualTo(c.judgement());
            assertThat(s.responsible()).as(c.id()).isEqualTo(c.responsible());
            assertThat(s.appliesTo()).as(c.id()).containsExactlyInAnyOrderElementsOf(c.appliesTo());
            assertThat(s.except()).as(c.id()).containsExactlyInAnyOrderElementsOf(c.except());
            assertThat(s.scopeWords()).as(c.id()).isEqualTo(c.scopeWords());
            assertThat(s.condition() == null ? null : List.of(s.condition().event(), s.condition().words())).as(c.id())
                    .isEqualTo(c.condition() == null ? null : List.of(c.condition().event(), c.condition().words()));
            assertThat(s.basis() == null ? null : s.basis().quote()).as(c.id())
                    .isEqualTo(c.responsibleBasis() == null ? null : c.responsibleBasis().quote());
            assertThat(s.evidence()).as(c.id()).extracting(e -> e.type() + " " + e.min() + " " + e.perEvent())
                    .containsExactlyInAnyOrderElementsOf(c.evidence().stream()
                            .map(e -> e.type() + " " + e.min() + " " + e.perEvent()).toList());
            assertThat(s.evidence()).as(c.id()).allSatisfy(e -> assertThat(e.label()).isNotBlank());
            assertThat(s.rules()).as(c.id()).extracting(r -> List.of(r.phrase(), String.valueOf(r.per()),
                            String.valueOf(r.minCount()), String.valueOf(r.deadline()), String.valueOf(r.validityYears()),
                            String.valueOf(r.provisionalValidityYears()), String.valueOf(r.since())))
                    .containsExactlyInAnyOrderElementsOf(c.rules().stream().map(r -> List.of(r.phrase(),
                            String.valueOf(r.per()), String.valueOf(r.minCount()),
                            String.valueOf(r.deadline()),
                            String.valueOf(r.validityYears()), String.valueOf(r.provisionalValidityYears()),
                            String.valueOf(r.since()))).toList());
        }
    }

    private List<Criterion> curated() {
        CriteriaReader reader = Txn.calculateRead(dataset, criteriaSource::reader);
        List<Criterion> criteria = new ArrayList<>();
        for (var file : DataFiles.list(CriteriaSource.FILES)) {
            String text = new String(DataFiles.read("data/criteria/" + file.getFilename()), StandardCharsets.UTF_8);
            if (!text.contains("vetoes:")) {
                criteria.addAll(reader.criteria(file.getFilename(), text));
            }
        }
        return criteria;
    }
}
