package org.yifa.store.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementBind;
import org.eclipse.rdf4j.query.parser.sparql.SPARQLParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yifa.query.NamedQuery;
import org.yifa.query.QueryLibrary;

/**
 * The queries the engine runs are plain SPARQL 1.1, so that any SPARQL store answers them: each file in
 * {@code queries/} parses as strict SPARQL 1.1 in Jena and in RDF4J's independent parser, and calls no
 * function outside SPARQL 1.1 but the XSD casts. Only the full-text search queries (text:query, a Jena
 * property function) need the embedded store; they say so, and the service degrades them remotely.
 */
class StorePortabilityTest {

    static Stream<String> queries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyQueryIsStandardSparqlOrNeedsTheTextIndex(String name) throws IOException {
        String text = Files.readString(Path.of("queries", name + ".rq"));
        NamedQuery named = QueryLibrary.load(name);
        if (named.usesTextIndex()) {
            assertThat(name).as("only full-text search may use text:query").startsWith("search");
            return;
        }
        assertThatCode(() -> QueryFactory.create(text, Syntax.syntaxSPARQL_11)).as(name).doesNotThrowAnyException();
        assertThatCode(() -> new SPARQLParser().parseQuery(text, null)).as(name).doesNotThrowAnyException();
        assertThat(functions(QueryFactory.create(text, Syntax.syntaxSPARQL_11))).as(name)
                .allSatisfy(iri -> assertThat(iri).startsWith("http://www.w3.org/2001/XMLSchema#"));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void aQueryWithItsParametersBoundIsStillStandardSparql(String name) {
        NamedQuery named = QueryLibrary.load(name);
        if (named.usesTextIndex()) {
            return;
        }
        var bindings = org.apache.jena.sparql.engine.binding.Binding.builder();
        for (NamedQuery.Parameter p : named.parameters()) {
            bindings.add(org.apache.jena.sparql.core.Var.alloc(p.name()), switch (p.type()) {
                case "iri" -> org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/yifa/id/x?a=%22&b=c#d");
                case "integer" -> org.apache.jena.graph.NodeFactory.createLiteralDT("2025",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
                default -> org.apache.jena.graph.NodeFactory.createLiteralString("引号\" } ; DROP ALL # \\ \n");
            });
        }
        // As sent to a store whose default graph holds Yifa's graphs, to one read through Jena's union graph,
        // and to one where queries name them.
        org.apache.jena.sparql.engine.binding.Binding bound = bindings.build();
        for (GraphAccess access : GraphAccess.values()) {
            String sent = RemoteStore.text(named.query(), bound, access);
            assertThatCode(() -> new SPARQLParser().parseQuery(sent, null)).as(name + ":\n" + sent).doesNotThrowAnyException();
            assertThatCode(() -> QueryFactory.create(sent, Syntax.syntaxSPARQL_11)).as(name).doesNotThrowAnyException();
        }
    }

    /** IRIs of the functions a query calls (filters and binds, including in subqueries and projections). */
    private static List<String> functions(Query query) {
        List<String> found = new ArrayList<>();
        List<Expr> exprs = new ArrayList<>();
        query.getProject().getExprs().values().forEach(exprs::add);
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementFilter el) {
                exprs.add(el.getExpr());
            }

            @Override
            public void visit(ElementBind el) {
                exprs.add(el.getExpr());
            }

            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementSubQuery el) {
                found.addAll(functions(el.getQuery()));
            }
        });
        for (Expr e : exprs) {
            org.apache.jena.sparql.algebra.walker.Walker.walk(e, new org.apache.jena.sparql.expr.ExprVisitorBase() {
                @Override
                public void visit(org.apache.jena.sparql.expr.ExprFunctionN func) {
                    if (func instanceof E_Function f) {
                        found.add(f.getFunctionIRI());
                    }
                }
            });
        }
        return found;
    }
}
