package org.yifa.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.yifa.store.Store;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.query.QueryLibrary;
import org.yifa.testing.YifaSpringTest;

/** The reference date ({@code yifa.drift.reference-date}) decides what counts as drift. */
@YifaSpringTest
class DriftReportTest {

    @Autowired
    Store store;
    @Autowired
    QueryLibrary queries;
    @Autowired
    DriftProperties properties;

    @Autowired
    ChecklistTime time;
    @Autowired
    org.yifa.framework.FrameworkSource framework;

    @Test
    void unconfiguredTheChecklistSpeaksFromTheLatestDateItWrites() throws java.io.IOException {
        assertThat(properties.referenceDate()).isNull();
        String source = java.nio.file.Files.readString(java.nio.file.Path.of("data/source/model-unit-goals.txt"));
        LocalDate latest = java.util.regex.Pattern.compile("(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日").matcher(source).results()
                .map(m -> LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))))
                .max(LocalDate::compareTo).orElseThrow();
        assertThat(time.referenceDate()).isEqualTo(latest);
        // It is written as the start of a rule (自…起), so it dates the checklist only approximately.
        assertThat(source).contains(time.evidence());
        assertThat(time.evidence()).contains("自").contains(String.valueOf(latest.getYear()));
        assertThat(time.certainty()).isEqualTo("approximate");
        // A configured date wins.
        assertThat(new ChecklistTime(new DriftProperties(LocalDate.of(2017, 6, 1), 0.6), framework).referenceDate())
                .isEqualTo(LocalDate.of(2017, 6, 1));
    }

    @Test
    void nothingDriftsAfterEveryShippedVersion() {
        assertThat(report(LocalDate.of(2100, 1, 1)).changes()).isEmpty();
    }

    @Test
    void anEarlierReferenceDateMakesMoreVersionsNewerThanIt() {
        List<DriftReport.Change> at2016 = report(LocalDate.of(2016, 1, 1)).changes();
        List<DriftReport.Change> at2004 = report(LocalDate.of(2004, 1, 1)).changes();
        // 信访条例 (2005) is newer than 2004 but not than 2016.
        assertThat(at2004).anySatisfy(c -> {
            assertThat(c.change()).isEqualTo("enacted-after-reference");
            assertThat(c.provision().law()).isEqualTo("信访条例");
        });
        assertThat(at2016).noneSatisfy(c -> {
            assertThat(c.change()).isEqualTo("enacted-after-reference");
            assertThat(c.provision().law()).isEqualTo("信访条例");
        });
        assertThat(at2004.size()).isGreaterThan(at2016.size());
    }

    @Test
    void aVersionNewerThanTheReferenceDateIsComparedWithTheVersionInForceThen() {
        // At 2020, 行政复议法 2017 was in force: a link to it is no longer "enacted after", and the 2023
        // revision still is an amendment; a link naming the 2023 text itself is "enacted after". Which links
        // name which version is read from the link files.
        LocalDate reference = LocalDate.of(2020, 1, 1);
        List<LinkFixtures.Row> rows = LinkFixtures.curatedRows().stream().filter(r -> r.law().equals("行政复议法")).toList();
        assertThat(rows).extracting(LinkFixtures.Row::version).contains("2017-09-01");
        List<DriftReport.Change> at2020 = report(reference).changes().stream()
                .filter(c -> c.provision().law().equals("行政复议法")).toList();
        assertThat(at2020).anySatisfy(c -> assertThat(c.change()).isIn("amended", "renumbered"));
        for (DriftReport.Change c : at2020) {
            boolean newer = LocalDate.parse(c.provision().version()).isAfter(reference);
            assertThat(c.change().equals("enacted-after-reference")).as(c.notation() + " " + c.provision()).isEqualTo(newer);
        }
        long newerLinks = rows.stream().filter(r -> LocalDate.parse(r.version()).isAfter(reference)).count();
        assertThat(at2020).filteredOn(c -> c.change().equals("enacted-after-reference")).hasSize((int) newerLinks);
    }

    private DriftReport report(LocalDate reference) {
        return new DriftReport(store, queries, new DriftProperties(reference, properties.similarityThreshold()), framework);
    }
}
