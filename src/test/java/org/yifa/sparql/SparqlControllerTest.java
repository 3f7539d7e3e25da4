package org.yifa.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.yifa.YifaSpringTest;

@YifaSpringTest
class SparqlControllerTest {

    static final String VETOES = """
            PREFIX yf: <https://w3id.org/yifa/ont#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?n WHERE { ?v a yf:VetoCondition ; skos:notation ?n } ORDER BY ?n""";
    static final String ASK = "PREFIX yf: <https://w3id.org/yifa/ont#> ASK { ?f a yf:Framework }";
    static final String CONSTRUCT = """
            PREFIX yf: <https://w3id.org/yifa/ont#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            CONSTRUCT { ?a skos:notation ?n } WHERE { ?a a yf:Area ; skos:notation ?n }""";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, srj",
            "application/sparql-results+xml, srx",
            "text/csv, csv",
            "text/tab-separated-values, tsv"})
    void selectAnswersInEveryStandardFormat(String mediaType, String lang) {
        ResponseEntity<String> response = get(VETOES, mediaType);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith(mediaType);
        var results = ResultSetMgr.read(new java.io.ByteArrayInputStream(response.getBody().getBytes(StandardCharsets.UTF_8)),
                langOf(lang));
        int rows = 0;
        while (results.hasNext()) {
            assertThat(results.next().get("n").toString()).startsWith("9.");
            rows++;
        }
        assertThat(rows).isEqualTo(6);
    }

    @Test
    void askAnswersTrueInJsonAndXml() {
        assertThat(get(ASK, "application/sparql-results+json").getBody()).contains("\"boolean\"").contains("true");
        assertThat(get(ASK, "application/sparql-results+xml").getBody()).contains("<boolean>true</boolean>");
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TTL", "application/ld+json, JSONLD"})
    void constructAnswersInTurtleAndJsonLd(String mediaType, String lang) {
        ResponseEntity<String> response = get(CONSTRUCT, mediaType);
        assertThat(response.getHeaders().getContentType().toString()).startsWith(mediaType);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.getBody(), lang.equals("TTL") ? Lang.TURTLE : Lang.JSONLD).parse(model);
        assertThat(model.size()).isEqualTo(9);
    }

    @Test
    void postFormAndPostDirectAnswerLikeGet() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("query", VETOES);
        String viaForm = client().post().uri("/sparql").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.parseMediaType("text/csv")).body(form).retrieve().body(String.class);
        String direct = client().post().uri("/sparql").contentType(MediaType.parseMediaType("application/sparql-query"))
                .accept(MediaType.parseMediaType("text/csv")).body(VETOES).retrieve().body(String.class);
        assertThat(viaForm).isEqualTo(direct).isEqualTo(get(VETOES, "text/csv").getBody()).contains("9.6");
    }

    @Test
    void aMalformedQueryIs400WithTheParserMessage() {
        ResponseEntity<String> response = get("SELECT ?x WHERE { ?x ", "application/sparql-results+json");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("Parse error").contains("line 1");
    }

    @Test
    void anUpdateIsNotAQuery() {
        ResponseEntity<String> response = get("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-results+json");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aFormatThatDoesNotFitIs406() {
        assertThat(get(CONSTRUCT, "text/csv").getStatusCode().value()).isEqualTo(406);
    }

    private ResponseEntity<String> get(String query, String accept) {
        return client().get().uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .accept(MediaType.parseMediaType(accept)).retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> { }).toEntity(String.class);
    }

    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .uriBuilderFactory(new org.springframework.web.util.DefaultUriBuilderFactory("http://localhost:" + port) {{
                    setEncodingMode(EncodingMode.NONE);
                }}).build();
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "srx" -> ResultSetLang.RS_XML;
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            default -> ResultSetLang.RS_JSON;
        };
    }
}
