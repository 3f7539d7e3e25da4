package org.yifa.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.yifa.rdf.Yf;
import org.yifa.testing.YifaSpringTest;

@YifaSpringTest
class ProvisionControllerTest {

    @LocalServerPort
    int port;
    @Autowired
    Dataset dataset;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void anArticleOfTheLatestVersionByShortTitle() {
        Path file = LawTexts.file("行政许可法(2019-04-23).md");
        ResponseEntity<Map<String, Object>> r = http.object("/api/provisions?law={law}&article=12", "行政许可法");

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = r.getBody();
        assertThat(body).containsEntry("iri", LawTexts.versionIri(file) + "/art/12")
                .containsEntry("law", "行政许可法")
                .containsEntry("title", "中华人民共和国行政许可法")
                .containsEntry("version", "2019-04-23")
                .containsEntry("article", 12)
                .containsEntry("numberZh", "第十二条")
                .containsEntry("text", LawTexts.articleText(file, "第十二条"))
                .doesNotContainKey("paragraph");
        assertThat(body.get("items")).isInstanceOf(List.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anArticleOfAnOlderVersionSaysWhereItStandsNow() {
        // 行政复议法 2017 第五条 (appeal to court after reconsideration) is 第十条 of the 2023 revision, which only
        // writes the title of 行政诉讼法 in full: the two texts differ in those words alone.
        Map<String, Object> body = http.object("/api/provisions?law=行政复议法&version=2017-09-01&article=5").getBody();
        Map<String, Object> now = (Map<String, Object>) body.get("now");
        assertThat(now).containsEntry("law", "行政复议法").containsEntry("version", "2023-09-01")
                .containsEntry("article", 10).containsEntry("numberZh", "第十条").containsEntry("method", "similarity");
        String newer = LawTexts.articleText(LawTexts.file("行政复议法(2023-09-01).md"), "第十条");
        assertThat(newer).isEqualTo(now.get("text"));
        assertThat(newer.replace("《中华人民共和国行政诉讼法》", "行政诉讼法"))
                .isEqualTo(LawTexts.articleText(LawTexts.file("行政复议法(2017-09-01).md"), "第五条"));
        // The latest version has nothing after it; a replaced regulation points to its successor.
        assertThat(http.object("/api/provisions?law=行政复议法&article=77").getBody().get("now")).isNull();
        Map<String, Object> beian = (Map<String, Object>) http.object("/api/provisions?law=法规规章备案条例&article=1").getBody().get("now");
        assertThat(beian).containsEntry("law", "法规规章备案审查条例");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCuratedCounterpartAnswersBeforeSimilarity() throws java.io.IOException {
        // The curators' rows for 行政复议法 2017 第三十二条 towards 2023, read from the file itself.
        List<String[]> rows = java.nio.file.Files.readAllLines(Path.of("data/links/counterparts.csv")).stream().skip(1)
                .map(l -> l.split(",", -1))
                .filter(f -> f[1].equals("行政复议法") && f[2].equals("2017-09-01") && f[3].equals("32")
                        && f[6].equals("2023-09-01") && !f[7].isEmpty())
                .toList();
        assertThat(rows).isNotEmpty();
        int curated = Integer.parseInt(rows.get(0)[7]);
        Map<String, Object> now = (Map<String, Object>) http.object(
                "/api/provisions?law=行政复议法&version=2017-09-01&article=32").getBody().get("now");
        assertThat(now).containsEntry("method", "curated").containsEntry("article", curated)
                .containsEntry("text", LawTexts.articleText(LawTexts.file("行政复议法(2023-09-01).md"),
                        (String) now.get("numberZh")));
        assertThat((List<Map<String, Object>>) now.get("counterparts")).extracting(c -> c.get("relation"))
                .containsExactlyElementsOf(rows.stream().map(f -> f[9]).toList());
    }

    @Test
    void aParagraphOfTheVersionInForceOnADayBySlug() {
        Path old = LawTexts.file("行政复议法(2017-09-01).md");
        List<String> block = LawTexts.articleBlock(old, "第二十八条");

        ResponseEntity<Map<String, Object>> r = http.object(
                "/api/provisions?law=xingzheng-fuyi-fa&article=28&paragraph=2&version=2020-01-01");

        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody()).containsEntry("version", "2017-09-01")
                .containsEntry("paragraph", 2)
                .containsEntry("numberZh", "第二十八条第二款")
                .containsEntry("text", block.get(block.size() - 1))
                .containsEntry("iri", LawTexts.versionIri(old) + "/art/28/para/2");

        Path revised = LawTexts.file("行政复议法(2023-09-01).md");
        r = http.object("/api/provisions?law=行政复议法&article=28&version=2024-01-01", "");
        assertThat(r.getBody()).containsEntry("version", "2023-09-01")
                .containsEntry("text", LawTexts.articleText(revised, "第二十八条"));
    }

    @Test
    void itemsRestingOnTheArticleOrOneOfItsParagraphsAreListed() {
        Path file = LawTexts.file("行政许可法(2019-04-23).md");
        String article = LawTexts.versionIri(file) + "/art/39";
        Node graph = NodeFactory.createURI("urn:test:provision-items");
        Node requirement = NodeFactory.createURI(Yf.ID + "model-unit-goals/item/1.1");
        Node veto = NodeFactory.createURI(Yf.ID + "model-unit-goals/item/9.2");
        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().add(graph, requirement, Yf.prop("restsOn").asNode(), NodeFactory.createURI(article + "/para/2"));
            dataset.asDatasetGraph().add(graph, veto, Yf.prop("restsOn").asNode(), NodeFactory.createURI(article));
        });
        try {
            List<Map<String, Object>> items = items(http.object("/api/provisions?law=行政许可法&article=39", ""));
            assertThat(items).extracting(i -> i.get("notation")).contains("1.1", "9.2");
            Map<String, Object> one = items.stream().filter(i -> i.get("notation").equals("1.1")).findFirst().orElseThrow();
            assertThat(one).containsEntry("iri", requirement.getURI()).containsEntry("kind", "requirement")
                    .containsEntry("restsOn", List.of(article + "/para/2"));
            assertThat(items.stream().filter(i -> i.get("notation").equals("9.2")).findFirst().orElseThrow())
                    .containsEntry("kind", "veto");

            // Paragraph 1 is not what 1.1 rests on; the whole article (9.2) covers it.
            List<Map<String, Object>> first = items(http.object("/api/provisions?law=行政许可法&article=39&paragraph=1", ""));
            assertThat(first).extracting(i -> i.get("notation")).contains("9.2").doesNotContain("1.1");
        } finally {
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(graph));
        }
    }

    @Test
    void unknownLawArticleParagraphOrVersionIs404WithAMessage() {
        ResponseEntity<Map<String, Object>> r = http.object("/api/provisions?law={law}&article=1", "民法典");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Http.message(r)).contains("No law '民法典'").contains("行政许可法 (xingzheng-xuke-fa)");

        long articles = LawTexts.articleLines(LawTexts.file("行政许可法(2019-04-23).md"));
        r = http.object("/api/provisions?law=行政许可法&article=" + (articles + 1), "");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Http.message(r)).contains("has no article " + (articles + 1)).contains("1 to " + articles);

        r = http.object("/api/provisions?law=行政许可法&article=12&paragraph=2", "");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Http.message(r)).contains("has no paragraph 2");

        r = http.object("/api/provisions?law=行政复议法&article=1&version=2010-01-01", "");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(Http.message(r)).contains("no version in force on 2010-01-01");
    }

    @Test
    void aNonIntegerArticleOrABadDateIs400() {
        ResponseEntity<Map<String, Object>> r = http.object("/api/provisions?law=行政许可法&article={a}", "十二");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Http.message(r)).contains("'article' must be an integer");

        r = http.object("/api/provisions?law=行政许可法&article=12&version=2019-4-1", "");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Http.message(r)).contains("yyyy-mm-dd");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(ResponseEntity<Map<String, Object>> r) {
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (List<Map<String, Object>>) r.getBody().get("items");
    }
}
