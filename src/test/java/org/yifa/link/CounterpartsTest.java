package org.yifa.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yifa.law.LawCorpus;
import org.yifa.store.InvalidInputException;

/** data/links/counterparts.csv: each row names an existing link and quotes the other provision verbatim. */
class CounterpartsTest {

    static LawCorpus laws;
    static List<Counterparts.LinkKey> links;

    @BeforeAll
    static void load() {
        laws = LawCorpus.load(org.yifa.law.LawFiles.directory(Path.of(".")));
        links = Basis.linkKeys();
    }

    @Test
    void theShippedCounterpartsQuoteTheOtherProvisionAndNameALinkRow() throws IOException {
        String csv = Files.readString(Path.of(Counterparts.FILE));
        Counterparts c = Counterparts.parse(Counterparts.FILE, csv, laws, links);
        assertThat(c.rows()).hasSize((int) csv.lines().count() - 1);
        for (Counterparts.Row r : c.rows()) {
            if (r.otherArticle() != null) {
                String text = laws.version(r.otherLaw(), r.otherVersion()).orElseThrow().text()
                        .article(r.otherArticle()).orElseThrow().text();
                assertThat(text).contains(r.quote());
            }
        }
    }

    @Test
    void aQuoteNotInTheOtherProvisionOrALinkThatDoesNotExistIsRejectedWithItsLine() {
        String header = "item,law,version,article,paragraph,other_law,other_version,other_article,other_paragraph,relation,quote,rationale,verified\n";
        assertThatThrownBy(() -> Counterparts.parse("c.csv", header
                + "6.5,行政复议法,2017-09-01,39,,行政复议法,2023-09-01,7,,moved,本法没有这句话,理由,yes\n", laws, links))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("c.csv:2:").hasMessageContaining("verbatim");
        assertThatThrownBy(() -> Counterparts.parse("c.csv", header
                + "6.5,行政复议法,2017-09-01,40,,行政复议法,2023-09-01,7,,moved,行政复议,理由,yes\n", laws, links))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("c.csv:2:").hasMessageContaining("no link row");
        assertThatThrownBy(() -> Counterparts.parse("c.csv", header
                + "6.5,行政复议法,2017-09-01,39,,行政复议法,2023-09-01,7,,similar,行政复议,理由,yes\n", laws, links))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("relation");
        assertThat(Counterparts.parse("c.csv", header, laws, links).of(
                new Counterparts.LinkKey("6.5", "行政复议法", LocalDate.parse("2017-09-01"), 39, null), "行政复议法",
                LocalDate.parse("2023-09-01"))).isEmpty();
    }

    @Test
    void aLinkWithARowForTheGovernmentsAndOneForTheDepartmentsReportsBoth() throws IOException {
        Counterparts c = Counterparts.parse(Counterparts.FILE, Files.readString(Path.of(Counterparts.FILE)), laws, links);
        // Expected from the file itself: every (link, other version) pair named by more than one row.
        java.util.Map<String, List<Counterparts.Row>> byPair = c.rows().stream().collect(java.util.stream.Collectors
                .groupingBy(r -> r.item() + "|" + r.law() + "|" + r.version() + "|" + r.article() + "|" + r.paragraph()
                        + "|" + r.otherLaw() + "|" + r.otherVersion(), java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
        List<List<Counterparts.Row>> multiple = byPair.values().stream().filter(l -> l.size() > 1).toList();
        assertThat(multiple).as("6.5 and 8.9 carry two rows").isNotEmpty();
        for (List<Counterparts.Row> rows : multiple) {
            Counterparts.Row r = rows.get(0);
            assertThat(c.of(new Counterparts.LinkKey(r.item(), r.law(), r.version(), r.article(), r.paragraph()),
                    r.otherLaw(), r.otherVersion())).containsExactlyElementsOf(rows);
        }
        assertThat(multiple.stream().flatMap(List::stream).map(Counterparts.Row::relation)).contains("no-legal-object");
    }

    @Test
    void everyLinkToASupersededVersionHasACounterpartTodayOrNoLegalObject() throws IOException {
        Counterparts c = Counterparts.parse(Counterparts.FILE, Files.readString(Path.of(Counterparts.FILE)), laws, links);
        org.yifa.law.LawTimeline timeline = new org.yifa.law.LawTimeline(
                new org.yifa.law.LawSource(org.yifa.law.LawFiles.directory(Path.of("."))));
        LocalDate today = LocalDate.now();
        List<String> missing = new java.util.ArrayList<>();
        int superseded = 0;
        for (Counterparts.LinkKey link : links) {
            org.yifa.law.LawTimeline.State state = timeline.on(link.law(), today).orElseThrow();
            org.yifa.law.LawTimeline.Entry now = state.status().equals("replaced") ? state.successor().entry() : state.entry();
            if (now.shortTitle().equals(link.law()) && now.versionDate().equals(link.version())) {
                continue;
            }
            superseded++;
            boolean answered = c.rows().stream().anyMatch(r -> r.item().equals(link.item()) && r.law().equals(link.law())
                    && r.version().equals(link.version()) && r.article() == link.article()
                    && java.util.Objects.equals(r.paragraph(), link.paragraph())
                    && (r.relation().equals("no-legal-object")
                            || r.otherLaw().equals(now.shortTitle()) && r.otherVersion().equals(now.versionDate())));
            if (!answered) {
                missing.add(link + " → " + now.shortTitle() + " " + now.versionDate() + (now.held() ? "" : " (not held)"));
            }
        }
        assertThat(superseded).as("links naming a version not in force today").isPositive();
        assertThat(missing).as("links to superseded versions without a counterpart today").isEmpty();
    }
}
