package org.yifa.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;
import org.yifa.query.QueryLibrary;

@YifaSpringTest
class CriteriaQueriesTest {

    static final String UT = "https://w3id.org/yifa/id/unit-type/";

    @Autowired
    QueryLibrary queries;
    @LocalServerPort
    int port;

    @Test
    void aDistrictGovernmentMustMeetWhatBindsGovernmentsAndAllOrgans() {
        Set<String> district = ids(queries.select("unit-type-obligations", Map.of("unitType", UT + "district-government")));
        Set<String> organs = ids(queries.select("unit-type-obligations", Map.of("unitType", UT + "administrative-organ")));
        Set<String> departments = ids(queries.select("unit-type-obligations", Map.of("unitType", UT + "municipal-department")));
        // ... except what the words of a criterion exclude: 其他行政机关 (7.4-3) leaves out the organs named before it.
        Set<String> otherOrgans = new java.util.HashSet<>(organs);
        otherOrgans.remove("7.4-3");
        assertThat(district).containsAll(otherOrgans).contains("7.4-1", "2.4-2").doesNotContain("7.4-3");
        assertThat(departments).containsAll(otherOrgans).contains("7.4-1").doesNotContain("2.4-2", "7.4-3");
        assertThat(ids(queries.select("unit-type-obligations", Map.of("unitType", UT + "district-department"))))
                .contains("7.4-3");
    }

    @Test
    void theItemApiCarriesCriteriaWithTheirPeriodRules() {
        List<Map<String, Object>> training = criteria("7.4");
        assertThat(training).anySatisfy(c -> {
            assertThat(c.get("sentence").toString()).contains("每年至少举办1期");
            assertThat(c.get("period")).isEqualTo(Map.of("per", "year", "min", 1));
            assertThat(c.get("appliesTo")).asList().contains("municipal-department", "district-government");
            assertThat(c.get("evidence")).asList().contains(Map.of("type", "leadership-law-class", "min", 1));
            assertThat(c.get("judgement")).isEqualTo(false);
        });
        assertThat(training).anySatisfy(c -> {
            assertThat(c.get("id")).isEqualTo("7.4-3");
            assertThat(c.get("except")).asList().contains("municipal-department", "district-government");
            assertThat(c.get("scopeWords")).isEqualTo("其他行政机关");
            assertThat(c.get("review").toString()).startsWith("2026-12:");
        });
        assertThat(criteria("7.6")).anySatisfy(c -> assertThat((Map<String, Object>) c.get("responsibleBasis"))
                .containsEntry("provision", "公务员法 第24条"));
        assertThat(criteria("8.10")).anySatisfy(c -> assertThat((Map<String, Object>) c.get("condition"))
                .containsEntry("event", "legal-post-hire"));
        assertThat(criteria("8.4")).anySatisfy(c -> assertThat(c.get("periodExceptions")).asList()
                .contains(Map.of("phrase", "上一年度", "reason", "上一年度 names the year the report covers, not when it is due; 每年第一季度 sets the deadline")));
        assertThat(criteria("2.6")).anySatisfy(c -> assertThat((Map<String, Object>) c.get("period"))
                .containsEntry("validityYears", 5).containsEntry("provisionalValidityYears", 3));
        assertThat(criteria("2.6")).anySatisfy(c -> assertThat((Map<String, Object>) c.get("period"))
                .containsEntry("since", "2016-01-01"));
        assertThat(criteria("8.4")).anySatisfy(c -> assertThat((Map<String, Object>) c.get("period"))
                .containsEntry("deadline", "Q1"));
    }

    @Test
    void evidenceTypesAreRankedByTheCriteriaThatNeedThem() {
        List<QuerySolution> ranked = queries.select("evidence-types-ranked");
        assertThat(ranked).isNotEmpty();
        List<Integer> counts = ranked.stream().map(r -> r.getLiteral("criteria").getInt()).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
        int systemDocuments = ranked.stream().filter(r -> r.getResource("evidenceType").getURI().endsWith("/system-document"))
                .findFirst().orElseThrow().getLiteral("criteria").getInt();
        long expected = queries.select("criteria-of-item-evidence-count", Map.of("evidenceType",
                "https://w3id.org/yifa/id/evidence-type/system-document")).get(0).getLiteral("n").getLong();
        assertThat(systemDocuments).isEqualTo(expected);
    }

    @Test
    void theWorkloadOfEachBodyAddsUpToAllCriteria() {
        int total = queries.select("responsible-workload").stream().mapToInt(r -> r.getLiteral("criteria").getInt()).sum();
        assertThat(total).isEqualTo(queries.select("criteria-count").get(0).getLiteral("n").getInt()).isGreaterThan(111);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> criteria(String notation) {
        Map<String, Object> item = RestClient.create("http://localhost:" + port).get().uri("/api/items/" + notation)
                .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() { });
        return (List<Map<String, Object>>) item.get("criteria");
    }

    private static Set<String> ids(List<QuerySolution> rows) {
        return rows.stream().map(r -> r.getLiteral("id").getString()).collect(Collectors.toSet());
    }
}
