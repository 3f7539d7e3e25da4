package org.yifa.twin;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.yifa.store.DataFiles;

/**
 * The twin's own queries, {@code src/test/resources/twin-queries/NAME.rq}: test code only, so neither
 * the jar nor the query library at {@code /api/queries} carries them.
 */
public final class TwinQueries {

    private TwinQueries() {
    }

    public static Query query(String name) {
        return QueryFactory.create(DataFiles.readText("twin-queries/" + name + ".rq"));
    }

    /** Every solution of query {@code name} over {@code model}. */
    public static List<QuerySolution> select(Model model, String name) {
        try (QueryExecution execution = QueryExecution.model(model).query(query(name)).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
