package org.yifa.store.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.query.NamedQuery;
import org.yifa.query.QueryLibrary;
import org.yifa.rdf.Yf;
import org.yifa.store.Store;
import org.yifa.testing.YifaSpringTest;

/**
 * Queries rewritten to name Yifa's graphs answer, on a store whose default graph is NOT the union, exactly as the
 * queries themselves answer over the union of Yifa's named graphs. The store here is the demo city copied into
 * memory and salted with what the union must not see: a default graph of its own, a store's system graph and
 * a load's staging graph, each claiming other notations and labels; and a second copy of the framework, which
 * the union holds once. Read through Jena's union graph instead, as a stock Fuseki is, the queries answer as over
 * the union too, on the in-memory dataset such a Fuseki keeps, its default graph salted.
 */
@YifaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnionOfNamedGraphsTest {

    private static final Node SYSTEM = NodeFactory.createURI("http://www.openlinksw.com/schemas/virtrdf#");
    private static final Node COPY = NodeFactory.createURI(Yf.GRAPH + "framework-copy");

    /** The remote store's own look at its default graph: sent unchanged, by design. */
    private static final java.util.Set<String> SENT_AS_THEY_ARE =
            java.util.Set.of("store-other-graphs", "store-sample-triple", "store-in-default-graph", "store-in-union-graph");

    @Autowired
    Store store;

    /** Yifa's named graphs and a default graph that is their union. */
    private DatasetGraph union;
    /** The same named graphs, the salt, and a default graph of its own. */
    private DatasetGraph scattered;
    /** Yifa's named graphs (no load in progress) and their union as the default graph. */
    private DatasetGraph settled;
    /**
     * As a stock Fuseki holds them ({@code --mem}: Jena's in-memory dataset): Yifa's named graphs, no load in
     * progress, and a default graph of its own, salted.
     */
    private DatasetGraph stock;

    @BeforeAll
    void copyTheDemoCity() {
        union = DatasetGraphFactory.createGeneral();
        // TDB2 in memory: quad indexes, as a store has, for the patterns over any graph.
        scattered = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph();
        scattered.begin(org.apache.jena.query.TxnType.WRITE);
        Node framework = NodeFactory.createURI(store.graphs().stream()
                .filter(g -> g.startsWith(Yf.GRAPH + "framework/")).findFirst().orElseThrow());
        Node staging = NodeFactory.createURI(framework.getURI() + RemoteLoad.STAGING_SUFFIX);
        store.read(() -> {
            store.forEachQuad(q -> {
                union.add(q);
                scattered.add(q);
                if (q.getGraph().equals(framework)) {
                    union.add(Quad.create(COPY, q.asTriple()));
                    scattered.add(Quad.create(COPY, q.asTriple()));
                }
            });
            return null;
        });
        List<Quad> named = new ArrayList<>();
        union.find().forEachRemaining(named::add);
        named.forEach(q -> union.getDefaultGraph().add(q.asTriple()));
        settled = DatasetGraphFactory.createGeneral();
        stock = DatasetGraphFactory.createTxnMem();
        stock.begin(org.apache.jena.query.TxnType.WRITE);
        named.forEach(q -> {
            settled.add(q);
            settled.getDefaultGraph().add(q.asTriple());
            stock.add(q);
        });
        Graph salt = GraphFactory.createDefaultGraph();
        scattered.getGraph(framework).find(Node.ANY, SKOS.notation.asNode(), Node.ANY).forEachRemaining(t -> {
            salt.add(t.getSubject(), SKOS.notation.asNode(), NodeFactory.createLiteralString("salt"));
            salt.add(t.getSubject(), RDFS.label.asNode(), NodeFactory.createLiteralString("salt"));
        });
        salt.find().forEachRemaining(t -> {
            scattered.getDefaultGraph().add(t);
            stock.getDefaultGraph().add(t);
            scattered.add(Quad.create(SYSTEM, t));
            // A staging graph is one of Yifa's named graphs, but not in the union.
            scattered.add(Quad.create(staging, t));
            union.add(Quad.create(staging, t));
        });
        scattered.commit();
        scattered.end();
        stock.commit();
        stock.end();
        assertThat(salt.size()).isGreaterThan(100);
    }

    static Stream<String> libraryQueries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @Test
    void everyLibraryQueryAnswersOverNamedGraphsAsOverTheUnion() throws IOException {
        everyLibraryQueryAnswersAsOverTheUnion(GraphAccess.NAMED_GRAPHS, union, scattered);
    }

    /**
     * On a stock Fuseki the queries read Jena's union graph instead ({@link JenaUnionGraph}): the same answers as
     * over the union, on the in-memory dataset such a Fuseki keeps (its union graph holds a triple once however
     * many graphs hold it).
     */
    @Test
    void everyLibraryQueryAnswersThroughJenasUnionGraphAsOverTheUnion() throws IOException {
        everyLibraryQueryAnswersAsOverTheUnion(GraphAccess.JENA_UNION_GRAPH, settled, stock);
    }

    /** Each library query as sent by {@code access} to {@code store} answers as the query itself over {@code union}. */
    private void everyLibraryQueryAnswersAsOverTheUnion(GraphAccess access, DatasetGraph union, DatasetGraph store)
            throws IOException {
        List<String> compared = new ArrayList<>();
        List<String> fooledAsTheyAre = new ArrayList<>();
        for (String name : libraryQueries().toList()) {
            NamedQuery named = QueryLibrary.load(name);
            if (named.usesTextIndex() || SENT_AS_THEY_ARE.contains(name)) {
                continue;
            }
            Binding parameters = examples(named);
            Query bound = RemoteStore.bound(named.query(), parameters);
            long first = System.nanoTime();
            String expected = answer(bound, union);
            long reference = (System.nanoTime() - first) / 1_000_000;
            Query sent = QueryFactory.create(RemoteStore.text(named.query(), parameters, access));
            long start = System.nanoTime();
            assertThat(answer(sent, store)).as(name + ":\n" + sent).isEqualTo(expected);
            System.out.printf("%6d ms %s, %d ms over the union: %s%n", (System.nanoTime() - start) / 1_000_000, access,
                    reference, name);
            if (!answer(bound, store).equals(expected)) {
                fooledAsTheyAre.add(name);
            }
            compared.add(name);
        }
        assertThat(compared).hasSizeGreaterThan(90);
        // The salted store tells the difference: sent as they are, most queries answer wrongly there.
        assertThat(fooledAsTheyAre).hasSizeGreaterThan(compared.size() / 2);
    }

    @Test
    void aTripleInTwoGraphsCountsOnce() {
        // Every notation of the framework is in its copy too, and the salted graphs claim more.
        Query query = QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2004/02/skos/core#notation> ?notation }");
        String expected = answer(query, union);
        assertThat(expected).doesNotContain("\"0\"");
        assertThat(answer(UnionOfNamedGraphs.rewrite(query), scattered)).isEqualTo(expected);
    }

    @Test
    void selectStarAnswersOnlyTheQuerysOwnVariables() {
        Query query = QueryFactory.create("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT * WHERE { [] skos:notation ?notation ; skos:prefLabel ?label } LIMIT 3
                """);
        assertThat(UnionOfNamedGraphs.rewrite(query).getProjectVars()).containsExactly(Var.alloc("notation"), Var.alloc("label"));
    }

    @Test
    void aQueryThatNamesItsDatasetIsSentAsItIs() {
        Query query = QueryFactory.create("SELECT ?s FROM <" + Yf.GRAPH + "framework> WHERE { ?s ?p ?o }");
        assertThat(UnionOfNamedGraphs.rewrite(query).serialize()).isEqualTo(query.serialize());
    }

    /** A query's answer as text: rows sorted (ties may come in any order), or a canonical graph. */
    private static String answer(Query query, DatasetGraph data) {
        return org.apache.jena.system.Txn.calculateRead(data, () -> answerInRead(query, data));
    }

    private static String answerInRead(Query query, DatasetGraph data) {
        try (QueryExecution exec = QueryExecution.create(query, org.apache.jena.query.DatasetFactory.wrap(data))) {
            if (query.isAskType()) {
                return String.valueOf(exec.execAsk());
            }
            if (query.isConstructType() || query.isDescribeType()) {
                Graph g = query.isConstructType() ? exec.execConstruct().getGraph() : exec.execDescribe().getGraph();
                return canonical(g);
            }
            List<String> rows = new ArrayList<>();
            exec.execSelect().forEachRemaining(row -> {
                StringBuilder b = new StringBuilder();
                query.getProjectVars().forEach(v -> b.append(v).append('=')
                        .append(unordered(query, v, String.valueOf(row.get(v.getVarName())))).append(' '));
                rows.add(b.toString());
            });
            rows.sort(null);
            return String.join("\n", rows);
        }
    }

    /** A GROUP_CONCAT's parts sorted (in the query or a subquery of it): SPARQL leaves their order to the store. */
    private static String unordered(Query query, Var v, String value) {
        String separator = separators(query).get(v);
        if (separator == null || value == null) {
            return value;
        }
        List<String> parts = new ArrayList<>(List.of(value.split(java.util.regex.Pattern.quote(separator))));
        parts.sort(null);
        return String.join(separator, parts);
    }

    /** The variables the query and its subqueries bind to a GROUP_CONCAT, with its separator. */
    private static java.util.Map<Var, String> separators(Query query) {
        java.util.Map<Var, String> found = new java.util.HashMap<>();
        query.getProject().getExprs().forEach((var, expr) -> {
            if (expr instanceof ExprAggregator agg) {
                if (agg.getAggregator() instanceof AggGroupConcatDistinct d) {
                    found.put(var, d.getSeparator());
                } else if (agg.getAggregator() instanceof AggGroupConcat c) {
                    found.put(var, c.getSeparator());
                }
            }
        });
        if (query.getQueryPattern() != null) {
            org.apache.jena.sparql.syntax.ElementWalker.walk(query.getQueryPattern(),
                    new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                        @Override
                        public void visit(org.apache.jena.sparql.syntax.ElementSubQuery sub) {
                            found.putAll(separators(sub.getQuery()));
                        }
                    });
        }
        return found;
    }

    /** The triples sorted, every blank node written as {@code []} (labels differ from run to run). */
    private static String canonical(Graph g) {
        List<String> lines = new ArrayList<>();
        g.stream().forEach(t -> lines.add(term(t.getSubject()) + " " + t.getPredicate() + " " + term(t.getObject())));
        lines.sort(null);
        return String.join("\n", lines);
    }

    private static String term(Node n) {
        return n.isBlank() ? "[]" : n.toString();
    }

    /** Each parameter bound to the example its description gives. */
    private static Binding examples(NamedQuery named) {
        BindingBuilder b = Binding.builder();
        for (NamedQuery.Parameter p : named.parameters()) {
            String value;
            try {
                value = RemoteStoreContract.example(p.description());
            } catch (IllegalStateException noExample) {
                // Internal queries may give none: a term of the demo city of the parameter's type.
                value = switch (p.type()) {
                    case "iri" -> Yf.ID + "model-unit-goals/item/1.4";
                    case "integer" -> "2025";
                    default -> "1.4";
                };
            }
            b.add(Var.alloc(p.name()), switch (p.type()) {
                case "iri" -> NodeFactory.createURI(value);
                case "integer" -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
                default -> NodeFactory.createLiteralString(value);
            });
        }
        return b.build();
    }
}
