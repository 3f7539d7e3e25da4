package org.yifa.law;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.springframework.stereotype.Component;
import org.yifa.query.QueryLibrary;

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
    private final Dataset dataset;

    LawQueries(QueryLibrary queries, Dataset dataset) {
        this.queries = queries;
        this.dataset = dataset;
    }

    List<Row> select(String name, Map<String, String> parameters) {
        return Txn.calculateRead(dataset, () -> {
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
