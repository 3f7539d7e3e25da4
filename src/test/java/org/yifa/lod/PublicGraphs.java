package org.yifa.lod;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/**
 * The tests' own idea of the published graphs, and counting with SPARQL over them, independent of
 * how the service counts.
 */
final class PublicGraphs {

    static final String G = "https://w3id.org/yifa/graph/";
    static final Predicate<String> PUBLIC = g -> g.equals(G + "ontology") || g.startsWith(G + "framework/")
            || g.equals(G + "laws") || g.equals(G + "links") || g.equals(G + "criteria") || g.equals(G + "inferred")
            || g.equals(G + "demo");
    static final Predicate<String> REFERENCE = g -> PUBLIC.test(g) && !g.equals(G + "inferred") && !g.equals(G + "demo");

    private PublicGraphs() {
    }

    static List<String> graphs(Dataset dataset, Predicate<String> which) {
        return rows(dataset, "SELECT DISTINCT ?g { GRAPH ?g { } } ORDER BY ?g").stream()
                .map(r -> r.getResource("g").getURI()).filter(which).toList();
    }

    /** {@code FROM NAMED}-free restriction to some graphs: a VALUES block over their IRIs. */
    static String values(List<String> graphs) {
        return "VALUES ?g { " + graphs.stream().map(g -> "<" + g + ">").collect(Collectors.joining(" ")) + " }";
    }

    static long count(Dataset dataset, String query) {
        List<QuerySolution> rows = rows(dataset, query);
        return rows.get(0).getLiteral("n").getLong();
    }

    static List<QuerySolution> rows(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution q = QueryExecution.dataset(dataset).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                q.execSelect().forEachRemaining(row -> {
                    var copy = new org.apache.jena.query.QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    /** Distinct triples of the merge of some graphs. */
    static long mergedTriples(Dataset dataset, List<String> graphs) {
        return count(dataset, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { " + values(graphs)
                + " GRAPH ?g { ?s ?p ?o } } }");
    }

    static long graphSize(Dataset dataset, String graph) {
        return count(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }");
    }
}
