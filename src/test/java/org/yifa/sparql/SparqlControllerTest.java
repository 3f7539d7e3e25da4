package org.yifa.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.yifa.testing.YifaSpringTest;
import org.yifa.framework.parse.Checklist;
import org.yifa.framework.FrameworkSource;

/** The SPARQL 1.1 Protocol on /sparql, spoken by Jena's client and by plain HTTP. */
@YifaSpringTest
class SparqlControllerTest {

    static final String PREFIXES = """
            PREFIX yf: <https://w3id.org/yifa/ont#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    static final String VETOES = PREFIXES + "SELECT ?n WHERE { ?v a yf:VetoCondition ; skos:notation ?n } ORDER BY ?n";
    static final String ASK = PREFIXES + "ASK { ?f a yf:Framework }";
    static final String CONSTRUCT = PREFIXES + "CONSTRUCT { ?a skos:notation ?n } WHERE { ?a a yf:Area ; skos:notation ?n }";
    static final String ITEMS = PREFIXES + "SELECT ?i WHERE { ?i a yf:Requirement }";
    static final String VERSIONS = PREFIXES + "SELECT ?v WHERE { ?v a yf:LawVersion }";
    static final String GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g";
    static final String LAWS_GRAPH = "https://w3id.org/yifa/graph/laws";

    @LocalServerPort
    int port;
    @Autowired
    FrameworkSource framework;

    // ---- Jena's own client

    @Test
    void jenasClientRunsSelectAskConstructAndDescribe() {
        Checklist checklist = framework.parse();
        long vetoes = checklist.items().stream().filter(Checklist.Item::veto).count();
        try (RDFConnection connection = RDFConnection.queryConnect(url())) {
            List<String> notations = new ArrayList<>();
            connection.querySelect(VETOES, row -> notations.add(row.getLiteral("n").getString()));
            assertThat(notations).hasSize((int) vetoes).allMatch(n -> n.startsWith("9."));

            assertThat(connection.queryAsk(ASK)).isTrue();
            assertThat(connection.queryAsk(PREFIXES + "ASK { ?x a yf:NoSuchClass }")).isFalse();

            Model areas = connection.queryConstruct(CONSTRUCT);
            assertThat(areas.size()).isEqualTo(checklist.areas().size());

            String item = framework.iris().item("1.4");
            Model described = connection.queryDescribe("DESCRIBE <" + item + ">");
            String text = checklist.items().stream().filter(i -> i.notation().equals("1.4")).findFirst().orElseThrow().text();
            assertThat(described.listObjectsOfProperty(described.createResource(item),
                    described.createProperty("https://w3id.org/yifa/ont#text")).toList())
                    .singleElement().satisfies(o -> assertThat(o.asLiteral().getString()).isEqualTo(text));
        }
    }

    // ---- methods

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
        assertThat(notations(response.getBody(), langOf(lang))).hasSize(vetoes()).allMatch(n -> n.startsWith("9."));
    }

    @Test
    void askAnswersTrueInJsonXmlCsvAndTsv() {
        assertThat(get(ASK, "application/sparql-results+json").getBody()).contains("\"boolean\"").contains("true");
        assertThat(get(ASK, "application/sparql-results+xml").getBody()).contains("<boolean>true</boolean>");
        assertThat(get(ASK, "text/csv").getBody()).contains("true");
        assertThat(get(ASK, "text/tab-separated-values").getBody()).contains("true");
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TTL", "application/ld+json, JSONLD", "application/n-triples, NT", "application/rdf+xml, RDFXML"})
    void constructAnswersInEveryRdfFormat(String mediaType, String lang) {
        ResponseEntity<String> response = get(CONSTRUCT, mediaType);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith(mediaType);
        assertThat(parse(response.getBody(), lang).size()).isEqualTo(framework.parse().areas().size());
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

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void otherMethodsAre405(String method) {
        ResponseEntity<String> response = client().method(HttpMethod.valueOf(method)).uri("/sparql?query=" + encode(ASK))
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(405);
        assertThat(response.getHeaders().getAllow()).contains(HttpMethod.GET, HttpMethod.POST);
    }

    @Test
    void aPostThatIsNeitherFormNorQueryIs415() {
        ResponseEntity<String> response = client().post().uri("/sparql").contentType(MediaType.TEXT_PLAIN).body(ASK)
                .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(415);
        assertThat(response.getBody()).contains("application/sparql-query");
    }

    // ---- errors

    @Test
    void aMalformedQueryIs400WithTheParserMessage() {
        ResponseEntity<String> response = get("SELECT ?x WHERE { ?x ", "application/sparql-results+json");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("Parse error").contains("line 1");
    }

    @Test
    void aMissingOrRepeatedQueryIs400() {
        ResponseEntity<String> none = client().post().uri("/sparql").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form("default-graph-uri", LAWS_GRAPH)).retrieve().onStatus(s -> true, (req, res) -> { })
                .toEntity(String.class);
        assertThat(none.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> twice = exchange("/sparql?query=" + encode(ASK) + "&query=" + encode(ASK), "text/csv");
        assertThat(twice.getStatusCode().value()).isEqualTo(400);
        assertThat(twice.getBody()).contains("exactly one");
    }

    @Test
    void updatesAreRefusedWhicheverWayTheyCome() {
        String update = "PREFIX yf: <https://w3id.org/yifa/ont#> INSERT DATA { GRAPH <urn:x> { <urn:a> yf:text \"x\" } }";
        List<ResponseEntity<String>> answers = List.of(
                get(update, "application/sparql-results+json"),
                exchange("/sparql?update=" + encode(update), "*/*"),
                client().post().uri("/sparql").contentType(MediaType.parseMediaType("application/sparql-update")).body(update)
                        .retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class),
                client().post().uri("/sparql").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .body(form("update", update)).retrieve().onStatus(s -> true, (req, res) -> { }).toEntity(String.class));
        assertThat(answers).allSatisfy(r -> {
            assertThat(r.getStatusCode().value()).isEqualTo(403);
            assertThat(r.getBody()).contains("SPARQL Update is not accepted");
        });
        assertThat(get("ASK { GRAPH <urn:x> { ?s ?p ?o } }", "text/csv").getBody()).contains("false");
    }

    @Test
    void aFormatThatDoesNotFitIs406() {
        assertThat(get(CONSTRUCT, "text/csv").getStatusCode().value()).isEqualTo(406);
        assertThat(get(VETOES, "text/turtle").getStatusCode().value()).isEqualTo(406);
    }

    // ---- content negotiation and format=

    @Test
    void acceptQualitiesAreHonoured() {
        ResponseEntity<String> response = get(VETOES, "application/sparql-results+json;q=0.5, text/csv;q=0.9, */*;q=0.1");
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(get(VETOES, "*/*").getHeaders().getContentType().toString()).startsWith("application/sparql-results+json");
        assertThat(get(CONSTRUCT, "*/*").getHeaders().getContentType().toString()).startsWith("text/turtle");
        // q=0 rules a type out even where a wildcard would take it (RFC 9110 §12.5.1).
        assertThat(get(CONSTRUCT, "text/turtle;q=0, */*").getHeaders().getContentType().toString())
                .startsWith("application/ld+json");
        assertThat(get(VETOES, "application/sparql-results+json;q=0, application/*;q=0.5, text/csv;q=0.4")
                .getHeaders().getContentType().toString()).startsWith("application/json");
    }

    @ParameterizedTest
    @CsvSource({
            "json, false, application/sparql-results+json", "xml, false, application/sparql-results+xml",
            "csv, false, text/csv", "tsv, false, text/tab-separated-values",
            "ttl, true, text/turtle", "jsonld, true, application/ld+json", "nt, true, application/n-triples",
            "rdfxml, true, application/rdf+xml", "json, true, application/ld+json", "xml, true, application/rdf+xml"})
    void formatOverridesAccept(String format, boolean graph, String mediaType) {
        String query = graph ? CONSTRUCT : VETOES;
        ResponseEntity<String> response = exchange("/sparql?format=" + format + "&query=" + encode(query), "application/x-nothing-fits");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith(mediaType);
        if (graph) {
            Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(mediaType);
            assertThat(parse(response.getBody(), lang.getName()).size()).isEqualTo(framework.parse().areas().size());
        } else {
            assertThat(notations(response.getBody(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(mediaType))).hasSize(vetoes());
        }
    }

    @Test
    void anUnknownOrUnfittingFormatIsRefused() {
        ResponseEntity<String> unknown = exchange("/sparql?format=pdf&query=" + encode(VETOES), "*/*");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody()).contains("pdf").contains("csv");
        assertThat(exchange("/sparql?format=csv&query=" + encode(CONSTRUCT), "*/*").getStatusCode().value()).isEqualTo(406);
    }

    // ---- the dataset of a request

    @Test
    void defaultGraphUriMakesTheDefaultGraphFromNamedGraphsOfTheStore() {
        String frameworkGraph = framework.graphIri();
        int items = (int) framework.parse().items().stream().filter(i -> !i.veto()).count();
        assertThat(rows(ITEMS, "")).hasSize(items);
        assertThat(rows(ITEMS, "&default-graph-uri=" + encode(frameworkGraph))).hasSize(items);
        assertThat(rows(ITEMS, "&default-graph-uri=" + encode(LAWS_GRAPH))).isEmpty();
        int versions = rows(VERSIONS, "").size();
        assertThat(versions).isPositive();
        // Repeated: the default graph is the merge of both.
        String both = "&default-graph-uri=" + encode(frameworkGraph) + "&default-graph-uri=" + encode(LAWS_GRAPH);
        assertThat(rows(ITEMS, both)).hasSize(items);
        assertThat(rows(VERSIONS, both)).hasSize(versions);
    }

    @Test
    void namedGraphUriLimitsTheNamedGraphsAndLeavesTheDefaultGraphEmpty() {
        assertThat(rows(GRAPHS, "")).contains(framework.graphIri(), LAWS_GRAPH);
        assertThat(rows(GRAPHS, "&named-graph-uri=" + encode(framework.graphIri()))).containsExactly(framework.graphIri());
        assertThat(rows(GRAPHS, "&named-graph-uri=" + encode(framework.graphIri()) + "&named-graph-uri=" + encode(LAWS_GRAPH)))
                .containsExactly(framework.graphIri(), LAWS_GRAPH);
        assertThat(rows(ITEMS, "&named-graph-uri=" + encode(framework.graphIri()))).isEmpty();
    }

    @Test
    void theProtocolParametersWorkInPostsAndOverrideFromInTheQuery() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("query", ITEMS);
        form.add("default-graph-uri", LAWS_GRAPH);
        String viaForm = client().post().uri("/sparql").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.parseMediaType("text/csv")).body(form).retrieve().body(String.class);
        assertThat(viaForm.strip()).isEqualTo("i");
        String direct = client().post().uri("/sparql?default-graph-uri=" + encode(LAWS_GRAPH))
                .contentType(MediaType.parseMediaType("application/sparql-query"))
                .accept(MediaType.parseMediaType("text/csv")).body(ITEMS).retrieve().body(String.class);
        assertThat(direct.strip()).isEqualTo("i");
        String from = PREFIXES + "SELECT ?i FROM <" + LAWS_GRAPH + "> WHERE { ?i a yf:Requirement }";
        assertThat(rows(from, "")).isEmpty();
        assertThat(rows(from, "&default-graph-uri=" + encode(framework.graphIri()))).isNotEmpty();
    }

    // ---- complete answers, the service description, the base

    @Test
    void aSelectAnswersEveryRowHoweverMany() {
        int triples = Integer.parseInt(rows("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "").get(0)
                .replaceAll("\"?\\^\\^.*", "").replace("\"", ""));
        assertThat(triples).isGreaterThan(10_000);
        ResponseEntity<String> all = get("SELECT * WHERE { ?s ?p ?o }", JSON);
        assertThat(all.getStatusCode().value()).isEqualTo(200);
        assertThat(count(all.getBody())).isEqualTo(triples);
        assertThat(count(get("SELECT * WHERE { ?s ?p ?o } LIMIT 5", JSON).getBody())).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle,TTL", "application/ld+json,JSONLD", "application/rdf+xml,RDFXML", "*/*,TTL"})
    void getWithoutAQueryAnswersTheServiceDescription(String accept, String lang) {
        ResponseEntity<String> response = exchange("/sparql", accept);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Model description = parse(response.getBody(), lang);
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        org.apache.jena.rdf.model.Resource service = description.createResource(url());
        assertThat(description.contains(service, description.createProperty(sd, "endpoint"), service)).isTrue();
        assertThat(description.contains(service, description.createProperty(sd, "supportedLanguage"),
                description.createResource(sd + "SPARQL11Query"))).isTrue();
        assertThat(description.listObjectsOfProperty(service, description.createProperty(sd, "resultFormat")).toList())
                .hasSize(8);
        assertThat(description.listObjectsOfProperty(description.createProperty(sd, "name")).toList())
                .extracting(Object::toString).contains(LAWS_GRAPH);
        assertThat(description.contains(service, description.createProperty(sd, "extensionFunction"),
                description.createResource("http://jena.apache.org/text#query"))).isTrue();
    }

    @Test
    void relativeIrisResolveAgainstTheEndpointNeverALocalPath() {
        assertThat(rows("SELECT ?x WHERE { BIND(<relative> AS ?x) }", "")).containsExactly(
                "http://localhost:" + port + "/relative");
        assertThat(rows("SELECT ?x WHERE { BIND(IRI(\"a/b\") AS ?x) }", "")).singleElement()
                .satisfies(x -> assertThat(x).startsWith("http://localhost:" + port + "/").doesNotContain("file:"));
    }

    @Test
    void aDirectPostWithASecondQueryInTheUrlIsRefused() {
        ResponseEntity<String> response = client().post().uri("/sparql?query=" + encode(ASK))
                .contentType(MediaType.parseMediaType("application/sparql-query")).body(VETOES)
                .exchange((req, res) -> ResponseEntity.status(res.getStatusCode()).body(new String(res.getBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("'query' parameter");
    }

    @ParameterizedTest
    @CsvSource({"n3,text/turtle", "rdf+xml,application/rdf+xml", "application/ld+json,application/ld+json"})
    void formatNamesThatCommonClientsSendAreUnderstood(String format, String mediaType) {
        ResponseEntity<String> response = exchange("/sparql?query=" + encode(CONSTRUCT) + "&format=" + encode(format), "*/*");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).startsWith(mediaType);
    }

    // ---- helpers

    private int vetoes() {
        return (int) framework.parse().items().stream().filter(Checklist.Item::veto).count();
    }

    private String url() {
        return "http://localhost:" + port + "/sparql";
    }

    private List<String> rows(String query, String parameters) {
        ResponseEntity<String> response = exchange("/sparql?query=" + encode(query) + parameters, "application/sparql-results+json");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.getBody().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> values = new ArrayList<>();
        results.forEachRemaining(r -> values.add(r.get(results.getResultVars().get(0)).toString()));
        return values;
    }

    private static List<String> notations(String body, Lang lang) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        List<String> notations = new ArrayList<>();
        results.forEachRemaining((QuerySolution r) -> notations.add(r.get("n").asLiteral().getLexicalForm()));
        return notations;
    }

    private static final String JSON = "application/sparql-results+json";

    private static int count(String json) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        int rows = 0;
        while (results.hasNext()) {
            results.next();
            rows++;
        }
        return rows;
    }

    private static Model parse(String body, String lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, switch (lang) {
            case "TTL", "Turtle" -> Lang.TURTLE;
            case "JSONLD", "JSON-LD" -> Lang.JSONLD;
            case "NT", "N-Triples" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        }).parse(model);
        return model;
    }

    private static LinkedMultiValueMap<String, String> form(String key, String value) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add(key, value);
        return form;
    }

    private ResponseEntity<String> get(String query, String accept) {
        return exchange("/sparql?query=" + encode(query), accept);
    }

    private ResponseEntity<String> exchange(String uri, String accept) {
        return client().get().uri(uri).accept(MediaType.parseMediaTypes(accept).toArray(MediaType[]::new)).retrieve()
                .onStatus(s -> true, (req, res) -> { }).toEntity(String.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
