package org.yifa.query;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.springframework.stereotype.Component;
import org.yifa.store.load.DataFiles;
import org.yifa.store.GraphLoading;
import org.yifa.store.load.GraphSource;
import org.yifa.rdf.Yf;

/**
 * Inferences materialised when data is loaded, so that no rule reasoner runs at request time:
 * the broader-or-self closure of unit and evidence types, the part-of closure of provisions and
 * the class closure of instances ({@code queries/closure-*.rq}). Rebuilt whenever any other graph is.
 */
@Component
class ClosureSource implements GraphSource {

    static final List<String> CLOSURES = List.of("closure-broader", "closure-within", "closure-types");

    private final GraphLoading loading;
    private final QueryLibrary queries;

    ClosureSource(GraphLoading loading, QueryLibrary queries) {
        this.loading = loading;
        this.queries = queries;
    }

    @Override
    public String graphIri() {
        return Yf.GRAPH + "inferred";
    }

    /** The fingerprints of every other graph, as stored by the loader that ran before this source. */
    @Override
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        loading.fingerprints().forEach((graph, fingerprint) -> {
            if (!graph.equals(graphIri())) {
                all.append(graph).append(fingerprint);
            }
        });
        return DataFiles.sha256(all.toString().getBytes(StandardCharsets.UTF_8),
                String.join(",", CLOSURES).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Model build(Dataset store) {
        Model inferred = ModelFactory.createDefaultModel();
        CLOSURES.forEach(name -> inferred.add(queries.construct(name)));
        return inferred;
    }

    @Override
    public int order() {
        return 90;
    }
}
