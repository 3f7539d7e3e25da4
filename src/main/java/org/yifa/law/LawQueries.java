package org.yifa.law;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.springframework.stereotype.Component;
import org.yifa.query.QueryLibrary;
import org.yifa.store.Store;

/**
 * Runs queries of the library and reads their answers inside one read transaction: TDB2 solutions
 * resolve their terms lazily, so an OPTIONAL variable read after the transaction fails.
 */
@Component
class LawQueries {

    /** One solution: variable → IRI or lexical form; unbound variables are absent. */
    record Row(Map<String, String> values) {

        String get(String variable) {
            return values.get(variable);
        }

        int integer(String variable) {
            return Integer.parseInt(values.get(variable));
        }
    }

    private final QueryLibrary queries;
    private final Store store;

    LawQueries(QueryLibrary queries, Store store) {
        this.queries = queries;
        this.store = store;
    }

    List<Row> select(String name, Map<String, String> parameters) {
        return store.read(() -> {
            List<Row> rows = new ArrayList<>();
            for (QuerySolution solution : queries.select(name, parameters)) {
                Map<String, String> values = new HashMap<>();
                solution.varNames().forEachRemaining(v -> {
                    RDFNode node = solution.get(v);
                    if (node != null) {
                        values.put(v, node.isLiteral() ? node.asLiteral().getLexicalForm()
                                : node.isURIResource() ? node.asResource().getURI() : node.toString());
                    }
                });
                rows.add(new Row(values));
            }
            return rows;
        });
    }

    List<Row> select(String name) {
        return select(name, Map.of());
    }
}
