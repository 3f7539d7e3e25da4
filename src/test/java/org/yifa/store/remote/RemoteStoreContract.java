package org.yifa.store.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.yifa.YifaApplication;
import org.yifa.query.NamedQuery;
import org.yifa.query.QueryLibrary;
import org.yifa.testing.SlowTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.yifa.store.Store;
import org.yifa.store.load.StoreLoader;

/**
 * Yifa on a real, separate SPARQL store (yifa.store.mode=remote) answers as Yifa on its embedded
 * store: the service is started twice in this JVM, once on each store, fed the same uploads, and
 * every answer is compared. Then the remote store hangs, crashes mid-request and comes back: the
 * service answers 503 with Retry-After within the bounded wait, and recovers without a restart.
 * One subclass per store the README names ({@link #server}).
 */
@SlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RemoteStoreContract {

    /** The store under test, in {@code dir}, not started yet. */
    abstract RemoteServer server(Path dir) throws Exception;

    /**
     * The service's {@code yifa.store.remote-timeout} for this store: short, so that the hang test is quick, but
     * above the slowest query of the store on a busy machine.
     */
    Duration remoteTimeout() {
        return Duration.ofSeconds(3);
    }

    /**
     * Library queries this store answers differently, by name, with the store's fault that makes them so (none
     * by default). Each must still differ: an entry the store no longer needs fails the test.
     */
    Map<String, String> knownDifferences() {
        return Map.of();
    }

    /** How the service reaches Yifa's graphs on this store (default: its default graph is their union). */
    GraphAccess access() {
        return GraphAccess.DEFAULT_GRAPH;
    }

    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("test-admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
    private static final List<Integer> YEARS = List.of(2024, 2025);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String unitId = "remote-" + UUID.randomUUID().toString().substring(0, 8);
    private RemoteServer server;
    private TcpProxy proxy;
    private ConfigurableApplicationContext remote;
    private ConfigurableApplicationContext embedded;
    private String remoteUrl;
    private String embeddedUrl;

    /** The service's remote store (after {@link #start}). */
    RemoteStore remoteStore() {
        return remote.getBean(RemoteStore.class);
    }

    @BeforeAll
    void start() throws Exception {
        String run = UUID.randomUUID().toString();
        server = server(Path.of("target/test-store/remote-" + run));
        proxy = new TcpProxy(server.port());

        // The store is down when the service starts: it starts all the same and answers 503 until loaded.
        List<String> properties = new ArrayList<>(List.of("yifa.store.mode=remote",
                "yifa.store.query-url=" + server.queryUrl(proxy.port()), "yifa.store.update-url=" + server.updateUrl(proxy.port()),
                "yifa.store.remote-timeout=" + remoteTimeout().toMillis() + "ms"));
        properties.addAll(server.credentials());
        remote = service("remote-" + run, properties.toArray(String[]::new));
        remoteUrl = url(remote);
        HttpResponse<String> early = get(remoteUrl + "/api/units");
        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(early.body()).contains("not loaded yet");

        long begin = System.nanoTime();
        server.start();
        // The same service on the embedded store, started meanwhile: Fuseki does most of the remote load's work.
        CompletableFuture<ConfigurableApplicationContext> other = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            ConfigurableApplicationContext context = service("embedded-" + run,
                    "yifa.store.dir=target/test-store/compare-" + run, "yifa.fuseki.port=0");
            System.out.printf("Embedded store: service started and everything loaded in %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
            return context;
        });
        awaitOk(remoteUrl + "/api/units", Duration.ofSeconds(150));
        System.out.printf("Remote store (%s): started and everything loaded in %d ms%n", server.name(),
                (System.nanoTime() - begin) / 1_000_000);
        embedded = other.get();
        embeddedUrl = url(embedded);
    }

    private static ConfigurableApplicationContext service(String name, String... properties) {
        List<String> all = new ArrayList<>(List.of(properties));
        all.add("server.port=0");
        all.add("spring.main.banner-mode=off");
        all.add("yifa.downloads.dir=target/test-store/downloads-" + name);
        // As command-line arguments: they take precedence over application.properties (server.port=8080).
        return new SpringApplicationBuilder(YifaApplication.class)
                .run(all.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static String url(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    void stop() throws Exception {
        if (remote != null) {
            remote.close();
        }
        if (embedded != null) {
            embedded.close();
        }
        if (server != null) {
            server.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    @Order(1)
    void uploadsAssessmentsAndGapsAreTheSameOnBothStores() throws Exception {
        String unitTurtle = Files.readString(Path.of("src/test/resources/evidence/unit.ttl")).replace("{unit}", unitId);
        Model unit = ModelFactory.createDefaultModel();
        RDFParser.fromString(unitTurtle, Lang.TURTLE).parse(unit);
        for (ConfigurableApplicationContext context : List.of(remote, embedded)) {
            context.getBean(Store.class).write(changes -> changes.add(Yf("test/unit/" + unitId), unit.getGraph()));
        }
        for (String base : List.of(remoteUrl, embeddedUrl)) {
            assertThat(upload(base, "valid-evidence.csv", "text/csv").statusCode()).isEqualTo(201);
            assertThat(upload(base, "valid.ttl", "text/turtle").statusCode()).isEqualTo(201);
            // An id used twice is refused on either store, and nothing is written.
            assertThat(upload(base, "valid.ttl", "text/turtle").statusCode()).isEqualTo(400);
        }

        JsonNode units = same("/api/units");
        List<String> ids = new ArrayList<>();
        units.forEach(u -> ids.add(u.get("id").asString()));
        assertThat(ids).contains(unitId);
        for (String id : ids) {
            for (int year : YEARS) {
                JsonNode assessment = same("/api/units/" + id + "/assessment?year=" + year);
                int explained = 0;
                for (JsonNode finding : assessment.get("findings")) {
                    // Explanations of the first findings that apply, with evidence, judgements and vetoes among them.
                    if (!finding.get("status").asString().equals("not-applicable") && id.equals(unitId)
                            && explained++ < 12) {
                        same("/api/units/" + id + "/items/" + finding.get("notation").asString() + "/explain?year=" + year);
                    }
                }
                if (id.equals(unitId) || id.equals(ids.get(0))) {
                    same("/api/units/" + id + "/items/7.4/explain?year=" + year);
                    same("/api/units/" + id + "/items/7.1/explain?year=" + year);
                }
            }
        }
        for (int year : YEARS) {
            same("/api/gaps?year=" + year);
        }
        // Each store has its own upload: its IRI and time differ, nothing else.
        same("/api/units/" + unitId + "/evidence", "upload", "generatedAt");
        same("/api/items/7.4");
        same("/api/drift");
        same("/api/laws");
    }

    @Test
    @Order(1)
    void theServiceReadsYifasGraphsAsTheStoreAllows() {
        assertThat(remote.getBean(RemoteStore.class).access()).isEqualTo(access());
    }

    @Test
    @Order(2)
    void everyPublicQueryOfTheLibraryAnswersTheSame() throws Exception {
        JsonNode list = json.readTree(get(remoteUrl + "/api/queries").body());
        int compared = 0;
        List<String> different = new ArrayList<>();
        java.util.Set<String> differentAsKnown = new java.util.TreeSet<>();
        for (JsonNode q : list) {
            String name = q.get("name").asString();
            NamedQuery named = QueryLibrary.load(name);
            List<Map<String, String>> runs = parameterSets(q.get("parameters"));
            for (Map<String, String> parameters : runs) {
                String path = "/api/queries/" + name + query(parameters);
                if (named.usesTextIndex()) {
                    // Full-text search needs the embedded index; the remote service says so plainly.
                    assertThat(get(remoteUrl + path).statusCode()).as(path).isEqualTo(501);
                    continue;
                }
                HttpResponse<String> a = get(embeddedUrl + path);
                HttpResponse<String> b = get(remoteUrl + path);
                assertThat(a.statusCode()).as(path).isEqualTo(200);
                assertThat(b.statusCode()).as(path + ": " + b.body()).isEqualTo(200);
                List<String> rowsA = rows(a.body(), named.query());
                List<String> rowsB = rows(b.body(), named.query());
                List<String> keysA = orderKeys(a.body(), named.query());
                List<String> keysB = orderKeys(b.body(), named.query());
                if (!sorted(rowsA).equals(sorted(rowsB)) || !keysA.equals(keysB)) {
                    diff(name + query(parameters).hashCode(), a.body(), b.body());
                    if (knownDifferences().containsKey(name)) {
                        differentAsKnown.add(name);
                    } else {
                        different.add(path);
                    }
                }
                compared++;
            }
        }
        System.out.printf("Compared %d runs of the public queries%n", compared);
        assertThat(different).as("queries answering differently (target/remote-diff/)").isEmpty();
        assertThat(differentAsKnown).as("known differences that still differ").isEqualTo(knownDifferences().keySet());
        assertThat(compared).isGreaterThanOrEqualTo(40);
    }

    @Test
    @Order(3)
    void sparqlProtocolLinkedDataSearchAndBackupAgree() throws Exception {
        String select = "PREFIX yf: <https://w3id.org/yifa/ont#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?n ?text { ?i a yf:VetoCondition ; skos:notation ?n ; yf:text ?text } ORDER BY ?n";
        for (String path : List.of("/sparql?format=csv&query=" + enc(select),
                "/sparql?format=tsv&query=" + enc(select),
                "/sparql?query=" + enc("ASK { ?s a <https://w3id.org/yifa/ont#Requirement> }"),
                "/sparql?default-graph-uri=" + enc(Yf("ontology")) + "&query="
                        + enc("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                "/sparql?named-graph-uri=" + enc(Yf("laws")) + "&query="
                        + enc("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"))) {
            HttpResponse<String> a = get(embeddedUrl + path);
            HttpResponse<String> b = get(remoteUrl + path);
            assertThat(a.statusCode()).as(path).isEqualTo(200);
            assertThat(b.statusCode()).as(path + ": " + b.body()).isEqualTo(200);
            assertThat(b.headers().firstValue("Content-Type")).isEqualTo(a.headers().firstValue("Content-Type"));
            assertThat(b.body()).as(path).isEqualTo(a.body());
        }
        String construct = "PREFIX yf: <https://w3id.org/yifa/ont#> CONSTRUCT { ?i ?p ?o } WHERE { ?i a yf:VetoCondition ; ?p ?o }";
        isomorphic("/sparql?format=ttl&query=" + enc(construct), Lang.TURTLE);
        isomorphic("/id/model-unit-goals/item/1.4?format=ttl", Lang.TURTLE);
        isomorphic("/id/law/xingzheng-xuke-fa/2019-04-23/art/26?format=nt", Lang.NTRIPLES);
        isomorphic("/graph/ontology?format=nt", Lang.NTRIPLES);
        isomorphic("/ont?format=nt", Lang.NTRIPLES);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(remoteUrl + "/id/model-unit-goals/item/1.4"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("承担行政审批职能的部门实行一个窗口办理");
        HttpResponse<String> refused = get(remoteUrl + "/sparql?query=" + enc(
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'x' }"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("text:query is not available");

        // Search: substring matching on the remote store finds at least what the index finds, in the same shape.
        JsonNode hitsA = json.readTree(get(embeddedUrl + "/api/search?kind=item&limit=200&q=" + enc("合法性审查")).body());
        JsonNode hitsB = json.readTree(get(remoteUrl + "/api/search?kind=item&limit=200&q=" + enc("合法性审查")).body());
        assertThat(hitsA.get("degraded").asBoolean()).isFalse();
        assertThat(hitsB.get("degraded").asBoolean()).isTrue();
        assertThat(names(hitsB)).containsAll(names(hitsA));
        assertThat(hitsB.get("hits")).isNotEmpty().allSatisfy(h -> assertThat(h.get("snippet").asString()).contains("<em>"));
        // The same shape, less the Lucene query a store without a text index has none of (absent, not null).
        assertThat(hitsB.has("luceneQuery")).isFalse();
        assertThat(hitsB.propertyNames()).containsExactlyElementsOf(
                hitsA.propertyNames().stream().filter(name -> !name.equals("luceneQuery")).toList());

        // The dumps' VoID description counts the same numbers in either store.
        Graph voidA = parse(get(embeddedUrl + "/downloads/void.ttl"), embeddedUrl);
        Graph voidB = parse(get(remoteUrl + "/downloads/void.ttl"), remoteUrl);
        assertThat(voidA.size()).isGreaterThan(50);
        assertThat(IsoMatcher.isomorphic(voidA, voidB)).as("/downloads/void.ttl").isTrue();

        // A backup holds the same graphs with the same number of quads.
        assertThat(graphSizes(remoteUrl)).isEqualTo(graphSizes(embeddedUrl));
    }

    @Test
    @Order(4)
    void aCutOffLoadContinuesWhereItStoppedAndKeepsBlankNodes() {
        RemoteStore store = remote.getBean(RemoteStore.class);
        Graph content = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 10_100; i++) {
            Node s = NodeFactory.createURI("urn:yifa:test:s" + i);
            content.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralLang("标签 " + i, "zh")));
        }
        for (int i = 0; i < 40; i++) {
            // A list of two blank nodes hanging off each subject: each chain must arrive in one request.
            Node head = NodeFactory.createBlankNode();
            Node tail = NodeFactory.createBlankNode();
            content.add(Triple.create(NodeFactory.createURI("urn:yifa:test:s" + i), RDF.value.asNode(), head));
            content.add(Triple.create(head, RDF.first.asNode(), NodeFactory.createLiteralString("a" + i)));
            content.add(Triple.create(head, RDF.rest.asNode(), tail));
            content.add(Triple.create(tail, RDF.first.asNode(), NodeFactory.createLiteralString("b" + i)));
            content.add(Triple.create(tail, RDF.rest.asNode(), RDF.nil.asNode()));
        }
        String graph = "urn:yifa:test:resumable";
        RemoteLoad.Report cut = store.loads().load(graph, content, "fp-1", 1);
        assertThat(cut.batches()).isEqualTo(3);
        assertThat(store.fingerprints()).doesNotContainKey(graph);
        assertThat(store.graph(graph).isEmpty()).isTrue();

        RemoteLoad.Report resumed = store.loads().load(graph, content, "fp-1");
        assertThat(resumed.resumedAt()).isEqualTo(1);
        assertThat(store.fingerprints()).containsEntry(graph, "fp-1");
        assertThat(store.graphs()).doesNotContain(graph + RemoteLoad.STAGING_SUFFIX);
        assertThat(IsoMatcher.isomorphic(store.graph(graph), content)).isTrue();

        // Another input starts the staging afresh.
        RemoteLoad.Report other = store.loads().load(graph, content, "fp-2");
        assertThat(other.resumedAt()).isZero();
        store.write(changes -> changes.removeGraph(graph));
    }

    @Test
    @Order(5)
    void aStoreThatHangsOrCrashesGets503WithRetryAfterAndTheServiceRecoversByItself() throws Exception {
        String assessment = "/api/units/" + unitId + "/assessment?year=2025";
        String expected = get(embeddedUrl + assessment).body();

        proxy.hang(true);
        long begin = System.nanoTime();
        HttpResponse<String> slow = get(remoteUrl + assessment);
        long waited = (System.nanoTime() - begin) / 1_000_000;
        assertThat(slow.statusCode()).isEqualTo(503);
        assertThat(slow.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(slow.body()).contains("did not answer within " + remoteTimeout().toMillis() + " ms");
        assertThat(waited).as("bounded wait, ms").isBetween(remoteTimeout().toMillis() - 500, 3 * remoteTimeout().toMillis());
        proxy.hang(false);
        assertThat(get(remoteUrl + assessment).statusCode()).isEqualTo(200);
        if (!server.durable()) {
            // A store in memory comes back empty: a crash there is a reload, not a recovery.
            return;
        }

        // Killed while it works on a long query: that request and the next get 503 at once.
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return get(remoteUrl + "/sparql?query=" + enc(heavy));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1500);
        assertThat(inFlight).isNotDone();
        begin = System.nanoTime();
        server.kill();
        HttpResponse<String> cut = inFlight.get();
        assertThat((System.nanoTime() - begin) / 1_000_000).as("ms after the kill").isLessThan(remoteTimeout().toMillis());
        assertThat(cut.statusCode()).isEqualTo(503);
        assertThat(cut.headers().firstValue("Retry-After")).hasValue("5");
        HttpResponse<String> down = get(remoteUrl + assessment);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(json.readTree(down.body()).get("message").asString()).contains("try again");

        // Back with its data (on disk): the same service answers again, as before.
        server.start();
        awaitOk(remoteUrl + assessment, Duration.ofSeconds(30));
        assertThat(json.readTree(get(remoteUrl + assessment).body())).isEqualTo(json.readTree(expected));
    }

    @Test
    @Order(6)
    void aRestoreReplacesTheRemoteStoreInOneWrite() throws Exception {
        // A small backup keeps the test quick: the ontology and the meta graph of the remote store's backup.
        HttpResponse<byte[]> backup = http.send(HttpRequest.newBuilder(URI.create(remoteUrl + "/api/admin/backup"))
                .header("Authorization", ADMIN).build(), HttpResponse.BodyHandlers.ofByteArray());
        DatasetGraph all = DatasetGraphFactory.createGeneral();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(backup.body()))).lang(Lang.NQUADS).parse(all);
        DatasetGraph kept = DatasetGraphFactory.createGeneral();
        List<String> graphs = List.of(Yf("ontology"), StoreLoader.META_GRAPH);
        all.find().forEachRemaining(q -> {
            if (graphs.contains(q.getGraph().getURI())) {
                kept.add(q);
            }
        });
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            org.apache.jena.riot.RDFDataMgr.write(out, kept, Lang.NQUADS);
        }
        HttpResponse<String> restored = http.send(HttpRequest.newBuilder(URI.create(remoteUrl + "/api/admin/restore"))
                .header("Authorization", ADMIN).timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.ofByteArray(gz.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(json.readTree(restored.body()).get("restored").asLong()).isEqualTo(kept.stream().count());

        Map<String, Long> after = graphSizes(remoteUrl);
        // Every other graph is gone; the restore wrote its audit entry (six quads) and its user, an agent,
        // in the same request.
        assertThat(after).containsOnlyKeys(Yf("ontology"), StoreLoader.META_GRAPH, AUDIT);
        assertThat(after.get(AUDIT)).isEqualTo(6 + org.yifa.rdf.Agents.describe("admin").size());
        assertThat(after.get(Yf("ontology"))).isEqualTo(kept.getGraph(NodeFactory.createURI(Yf("ontology"))).size());
    }

    @Test
    @Order(7)
    void compactionIsRefusedWithTheReasonAsTheStoreManagesItsOwnSpace() throws Exception {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(remoteUrl + "/api/admin/compact"))
                .header("Authorization", ADMIN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(501);
        assertThat(refused.body()).contains("compaction").contains("yifa.store.mode=remote");
    }

    private static final String AUDIT = org.yifa.audit.AuditLog.GRAPH;

    // --- helpers

    private static String Yf(String graph) {
        return org.yifa.rdf.Yf.GRAPH + graph;
    }

    /** GETs {@code path} from both services: both 200, the same JSON but for the values of {@code ignored} keys. */
    private JsonNode same(String path, String... ignored) throws Exception {
        HttpResponse<String> a = get(embeddedUrl + path);
        HttpResponse<String> b = get(remoteUrl + path);
        assertThat(a.statusCode()).as(path).isEqualTo(200);
        assertThat(b.statusCode()).as(path + ": " + b.body()).isEqualTo(200);
        JsonNode tree = json.readTree(a.body());
        JsonNode other = json.readTree(b.body());
        for (String key : ignored) {
            blank(tree, key);
            blank(other, key);
        }
        if (!other.equals(tree)) {
            diff(path.replaceAll("[^A-Za-z0-9.-]", "_"), a.body(), b.body());
        }
        assertThat(other).as(path).isEqualTo(tree);
        return tree;
    }

    private static void blank(JsonNode node, String key) {
        if (node instanceof tools.jackson.databind.node.ObjectNode object && object.has(key)) {
            object.put(key, "…");
        }
        node.forEach(child -> blank(child, key));
    }

    private void isomorphic(String path, Lang lang) throws Exception {
        Graph a = parse(get(embeddedUrl + path), lang, path);
        Graph b = parse(get(remoteUrl + path), lang, path);
        assertThat(a.isEmpty()).as(path).isFalse();
        assertThat(IsoMatcher.isomorphic(a, b)).as(path).isTrue();
    }

    private static Graph parse(HttpResponse<String> response, Lang lang, String path) {
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).parse(g);
        return g;
    }

    /** A Turtle answer with the service's own address written as {@code http://service}. */
    private static Graph parse(HttpResponse<String> response, String base) {
        assertThat(response.statusCode()).isEqualTo(200);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body().replace(base, "http://service"), Lang.TURTLE).parse(g);
        return g;
    }

    private static List<String> names(JsonNode search) {
        List<String> iris = new ArrayList<>();
        search.get("hits").forEach(h -> iris.add(h.get("iri").asString()));
        return iris;
    }

    /**
     * The rows of SPARQL JSON results, each written as text, with what SPARQL leaves open made even:
     * blank nodes as {@code _:b}, the values of a GROUP_CONCAT in sorted order, and the times the
     * service stamps on what it computes ({@code xsd:dateTime}) as {@code <time>}.
     */
    private static List<String> rows(String body, org.apache.jena.query.Query query) {
        Map<String, String> concatenated = new HashMap<>();
        query.getProject().forEachExpr((var, expr) -> {
            if (expr instanceof org.apache.jena.sparql.expr.ExprAggregator agg
                    && agg.getAggregator() instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcat concat) {
                concatenated.put(var.getVarName(), concat.getSeparator() == null ? " " : concat.getSeparator());
            } else if (expr instanceof org.apache.jena.sparql.expr.ExprAggregator agg
                    && agg.getAggregator() instanceof org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct concat) {
                concatenated.put(var.getVarName(), concat.getSeparator() == null ? " " : concat.getSeparator());
            }
        });
        for (var element : List.of(query.getQueryPattern())) {
            org.apache.jena.sparql.syntax.ElementWalker.walk(element, new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                @Override
                public void visit(org.apache.jena.sparql.syntax.ElementSubQuery sub) {
                    sub.getQuery().getProject().forEachExpr((var, expr) -> {
                        if (expr.toString().toLowerCase(java.util.Locale.ROOT).contains("group_concat")) {
                            concatenated.put(var.getVarName(), " ");
                        }
                    });
                }
            });
        }
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> rows = new ArrayList<>();
        results.forEachRemaining(row -> {
            StringBuilder text = new StringBuilder();
            for (String var : results.getResultVars()) {
                Node n = row.contains(var) ? row.get(var).asNode() : null;
                String value = n == null ? "" : n.isBlank() ? "_:b"
                        : n.isLiteral() && n.getLiteralDatatypeURI().endsWith("#dateTime") ? "<time>"
                        : concatenated.containsKey(var) && n.isLiteral()
                                ? String.join(concatenated.get(var), new java.util.TreeSet<>(
                                        List.of(n.getLiteralLexicalForm().split(Pattern.quote(concatenated.get(var))))))
                        : FmtUtils.stringForNode(n);
                text.append(var).append('=').append(value).append(' ');
            }
            rows.add(text.toString());
        });
        return rows;
    }

    /** The values of the ORDER BY variables, row by row: ties may come in any order, the keys may not. */
    private static List<String> orderKeys(String body, org.apache.jena.query.Query query) {
        if (!query.hasOrderBy()) {
            return List.of();
        }
        List<String> vars = query.getOrderBy().stream().filter(c -> c.getExpression().isVariable())
                .map(c -> c.getExpression().asVar().getVarName()).toList();
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> keys = new ArrayList<>();
        results.forEachRemaining(row -> {
            StringBuilder key = new StringBuilder();
            for (String var : vars) {
                Node n = row.contains(var) ? row.get(var).asNode() : null;
                key.append(n == null || n.isBlank() ? "" : n.isLiteral() && n.getLiteralDatatypeURI().endsWith("#dateTime")
                        ? "<time>" : FmtUtils.stringForNode(n)).append(' ');
            }
            keys.add(key.toString());
        });
        return keys;
    }

    private static List<String> sorted(List<String> rows) {
        List<String> copy = new ArrayList<>(rows);
        copy.sort(null);
        return copy;
    }

    /** Keeps both answers of a difference for reading: target/remote-diff/NAME.embedded and .remote. */
    private static void diff(String name, String embeddedBody, String remoteBody) {
        try {
            Path dir = Files.createDirectories(Path.of("target/remote-diff"));
            Files.writeString(dir.resolve(name + ".embedded"), embeddedBody);
            Files.writeString(dir.resolve(name + ".remote"), remoteBody);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Values for a query's parameters: the example in its header, and for unit parameters also the test unit. */
    private List<Map<String, String>> parameterSets(JsonNode parameters) {
        Map<String, String> example = new LinkedHashMap<>();
        Map<String, String> ours = new LinkedHashMap<>();
        boolean unit = false;
        for (JsonNode p : parameters) {
            String name = p.get("name").asString();
            String value = example(p.get("description").asString());
            example.put(name, value);
            if (name.equals("unit") || name.equals("unitId")) {
                unit = true;
                ours.put(name, p.get("type").asString().equals("iri") ? org.yifa.rdf.Yf.ID + "unit/" + unitId : unitId);
            } else {
                ours.put(name, value);
            }
        }
        return unit ? List.of(example, ours) : List.of(example);
    }

    private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\.\\s*(\"[^\"]*\"|<[^>]*>|\\S+)|(\"[^\"]*\")");

    static String example(String description) {
        Matcher m = EXAMPLE.matcher(description);
        if (!m.find()) {
            throw new IllegalStateException("No example in: " + description);
        }
        String value = m.group(1) != null ? m.group(1) : m.group(2);
        value = value.replaceAll("[,;)]$", "");
        return value.startsWith("\"") || value.startsWith("<") ? value.substring(1, value.length() - 1) : value;
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder q = new StringBuilder();
        parameters.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(enc(v)));
        return q.toString();
    }

    private Map<String, Long> graphSizes(String base) throws Exception {
        HttpResponse<byte[]> backup = http.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/backup"))
                .header("Authorization", ADMIN).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(backup.statusCode()).isEqualTo(200);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(backup.body()))).lang(Lang.NQUADS).parse(dsg);
        Map<String, Long> sizes = new HashMap<>();
        dsg.find().forEachRemaining(q -> sizes.merge(q.getGraph().getURI(), 1L, Long::sum));
        return sizes;
    }

    private HttpResponse<String> upload(String base, String fixture, String type) throws Exception {
        byte[] body = Files.readString(Path.of("src/test/resources/evidence", fixture))
                .replace("{unit}", unitId).getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/units/" + unitId + "/evidence"))
                .header("Authorization", ADMIN).header("Content-Type", type).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitOk(String url, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(url);
            if (last.statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(url + " did not answer 200 within " + limit + ": " + (last == null ? "" : last.body()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
