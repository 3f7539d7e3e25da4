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
}
