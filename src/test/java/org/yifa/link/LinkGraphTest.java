package org.yifa.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.framework.parse.Checklist;
import org.yifa.framework.FrameworkSource;
import org.yifa.query.QueryLibrary;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
class LinkGraphTest {

    @Autowired
    Dataset dataset;
    @Autowired
    FrameworkSource framework;
    @Autowired
    QueryLibrary queries;

    @Test
    void everyBookTitleInTheItemsBecameACitation() {
        Pattern bookTitle = Pattern.compile("《[^》]*》");
        Set<String> expected = new LinkedHashSet<>();
        for (Checklist.Item item : framework.parse().items()) {
            Matcher m = bookTitle.matcher(item.text());
            while (m.find()) {
                expected.add(item.notation() + " " + m.group());
            }
        }
        Set<String> found = extracted().stream().filter(c -> c.contains("《")).collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void everyLawNamedInAnItemWithoutBookTitleMarksBecameACitationOfItsWork() {
        Map<String, String> slugs = LinkFixtures.slugs();
        Map<String, String> workOfName = new java.util.HashMap<>();
        slugs.forEach((shortTitle, slug) -> workOfName.put(shortTitle, slug));
        LinkFixtures.fullTitles().forEach((shortTitle, full) -> workOfName.put(full, slugs.get(shortTitle)));
        // Longest alternative first, so that a regulation named after a law is not read as the law.
        String names = workOfName.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Pattern name = Pattern.compile(names);
        Set<String> expected = new HashSet<>();
        Set<String> expectedWorks = new HashSet<>();
        for (Checklist.Item item : framework.parse().items()) {
            String text = item.text().replaceAll("《[^》]*》", "□");
            Matcher m = name.matcher(text);
            while (m.find()) {
                // The documented exception: 宪法法律 is the stock phrase for the legal order, not a citation.
                if (text.startsWith("法律", m.end()) || text.startsWith("法规", m.end())) {
                    continue;
                }
                expected.add(item.notation() + " " + m.group());
                expectedWorks.add(item.notation() + " https://w3id.org/yifa/id/law/" + workOfName.get(m.group()));
            }
        }
        Set<String> found = new HashSet<>();
        Set<String> foundWorks = new HashSet<>();
        for (Map<String, String> row : LinkFixtures.rows(dataset, queries, "citations-extracted")) {
            String cited = row.get("citedText");
            if (!cited.contains("《")) {
                found.add(row.get("notation") + " " + cited);
                foundWorks.add(row.get("notation") + " " + row.get("instrument"));
                assertThat(row.get("resolved")).isEqualTo("true");
            }
        }
        assertThat(found).isEqualTo(expected);
        assertThat(foundWorks).isEqualTo(expectedWorks);
        // The examples the checklist is known for; 8.6 says only 遵守宪法法律.
        assertThat(found).contains("6.8 人民调解法", "5.18 国家赔偿法", "1.2 行政许可法", "5.8 行政诉讼法", "7.3 宪法")
                .doesNotContain("8.6 宪法");
    }

    @Test
    void anInstrumentNotInTheLawGraphIsUnresolvedNamedByTheHashOfItsTitleWithAGuessedLevel() throws Exception {
        List<Map<String, String>> rows = LinkFixtures.rows(dataset, queries, "citations-unresolved");
        assertThat(rows).isNotEmpty();
        for (Map<String, String> row : rows) {
            String title = row.get("title");
            assertThat(row.get("citedText")).isEqualTo("《" + title + "》");
            String sha1 = HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-1").digest(title.getBytes(StandardCharsets.UTF_8)));
            assertThat(row.get("instrument")).isEqualTo("https://w3id.org/yifa/id/instrument/" + sha1.substring(0, 12));
            // All titles in the checklist are provincial or municipal rules (…省/市…规定/办法).
            assertThat(row.get("level")).isEqualTo(LinkFixtures.YF + "LocalGovernmentRule");
            Boolean resolved = Txn.calculateRead(dataset, () -> dataset.getNamedModel(LinkFixtures.LINKS_GRAPH)
                    .getResource(row.get("instrument")).getProperty(prop("resolved")).getBoolean());
            assertThat(resolved).isFalse();
        }
    }

    @Test
    void citationsPointAtAWorkOrAnUnresolvedInstrumentNeverAtAnArticle() {
        Txn.executeRead(dataset, () -> {
            Model all = dataset.getUnionModel();
            List<Resource> citations = all.listResourcesWithProperty(RDF.type, res("Citation")).toList();
            assertThat(citations).isNotEmpty();
            for (Resource c : citations) {
                Resource instrument = c.getPropertyResourceValue(prop("citedInstrument"));
                assertThat(instrument.hasProperty(RDF.type, res("LawWork"))
                        || instrument.hasProperty(RDF.type, res("UnresolvedInstrument"))).as(c.getURI()).isTrue();
                assertThat(c.getPropertyResourceValue(prop("provenance"))).isEqualTo(res("Extracted"));
            }
        });
    }

    @Test
    void everyCuratedRowPointsAtAProvisionOfTheLawGraphWhoseTextHoldsTheQuote() {
        Map<String, String> slugs = LinkFixtures.slugs();
        List<LinkFixtures.Row> rows = LinkFixtures.curatedRows().stream().filter(r -> !r.none()).toList();
        assertThat(rows).isNotEmpty();
        Txn.executeRead(dataset, () -> {
            Model laws = dataset.getNamedModel(LinkFixtures.LAWS_GRAPH);
            Model links = dataset.getNamedModel(LinkFixtures.LINKS_GRAPH);
            for (LinkFixtures.Row row : rows) {
                String work = "https://w3id.org/yifa/id/law/" + slugs.get(row.law());
                String version = work + "/" + (row.version().isEmpty() ? onlyVersionDate(laws, work) : row.version());
                String provision = version + "/art/" + row.article()
                        + (row.paragraph().isEmpty() ? "" : "/para/" + row.paragraph());
                Resource p = laws.getResource(provision);
                assertThat(p.hasProperty(prop("text"))).as(row + " → " + provision).isTrue();
                assertThat(p.getProperty(prop("text")).getString()).as(row.toString()).contains(row.quote());

                Resource item = links.getResource(LinkFixtures.ITEM + row.item());
                assertThat(item.hasProperty(prop("restsOn"), p)).as(row.toString()).isTrue();
                List<Resource> bases = links.listResourcesWithProperty(prop("basisOf"), item).toList().stream()
                        .filter(b -> b.hasProperty(prop("provision"), p)).toList();
                assertThat(bases).as(row.toString()).hasSize(1);
                Resource basis = bases.get(0);
                assertThat(basis.getURI()).startsWith("https://w3id.org/yifa/id/model-unit-goals/basis/" + row.item() + "-");
                assertThat(basis.getPropertyResourceValue(prop("linkKind")).getLocalName().toLowerCase()).isEqualTo(row.kind());
                assertThat(basis.getPropertyResourceValue(prop("provenance"))).isEqualTo(res("Curated"));
                assertThat(basis.getProperty(prop("quote")).getLiteral()).isEqualTo(zh(row.quote()));
                assertThat(basis.getProperty(prop("rationale")).getLiteral()).isEqualTo(zh(row.rationale()));
                assertThat(basis.getProperty(prop("verified")).getBoolean()).isEqualTo(row.verified().equals("yes"));
            }
            assertThat(links.listResourcesWithProperty(RDF.type, res("LegalBasis")).toList()).hasSize(rows.size());
        });
    }

    @Test
    void everyItemRestsOnAProvisionOrSaysWhyNone() {
        Map<String, String> reasons = new java.util.HashMap<>();
        LinkFixtures.curatedRows().stream().filter(LinkFixtures.Row::none).forEach(r -> reasons.put(r.item(), r.rationale()));
        List<Checklist.Item> items = framework.parse().items();
        assertThat(items).hasSize(111);
        Txn.executeRead(dataset, () -> {
            Model links = dataset.getNamedModel(LinkFixtures.LINKS_GRAPH);
            List<String> without = new ArrayList<>();
            for (Checklist.Item it : items) {
                Resource item = links.getResource(LinkFixtures.ITEM + it.notation());
                boolean rests = item.hasProperty(prop("restsOn"));
                boolean reason = item.hasProperty(prop("noBasisReason"));
                if (!rests && !reason) {
                    without.add(it.notation());
                }
                assertThat(rests && reason).as(it.notation() + " has both a provision and a reason for none").isFalse();
                if (reason) {
                    assertThat(item.getProperty(prop("noBasisReason")).getLiteral()).isEqualTo(zh(reasons.get(it.notation())));
                }
            }
            assertThat(without).as("items with neither a provision nor a reason").isEmpty();
        });
    }

    private Set<String> extracted() {
        return LinkFixtures.rows(dataset, queries, "citations-extracted").stream()
                .map(r -> r.get("notation") + " " + r.get("citedText"))
                .collect(Collectors.toSet());
    }

    private static String onlyVersionDate(Model laws, String work) {
        List<Resource> versions = laws.listResourcesWithProperty(prop("versionOf"), laws.getResource(work)).toList();
        assertThat(versions).as("versions of " + work).hasSize(1);
        String iri = versions.get(0).getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Literal zh(String text) {
        return ResourceFactory.createLangLiteral(text, "zh");
    }

    static Property prop(String local) {
        return ResourceFactory.createProperty(LinkFixtures.YF + local);
    }

    static Resource res(String local) {
        return ResourceFactory.createResource(LinkFixtures.YF + local);
    }
}
