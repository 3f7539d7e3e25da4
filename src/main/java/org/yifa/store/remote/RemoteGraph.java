package org.yifa.store.remote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The default graph of a remote store (the union of its named graphs), read-only, for code that looks
 * triples up by pattern (descriptions, labels, SHACL data). A subject is fetched once with the blank
 * nodes it reaches ({@code queries/store-describe.rq}) and then answered from memory, so that blank
 * nodes, which a later request cannot name, are found too. Lives for one request.
 */
final class RemoteGraph extends GraphBase {

    private final RemoteStore store;
    private final Graph described = GraphFactory.createDefaultGraph();
    private final Set<Node> subjects = new HashSet<>();

    RemoteGraph(RemoteStore store) {
        this.store = store;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        if (s.isBlank()) {
            return described.find(pattern);
        }
        if (s.isConcrete()) {
            if (subjects.add(s)) {
                BindingBuilder b = Binding.builder();
                b.add(Var.alloc("resource"), s);
                store.construct(store.describe, b.build()).find().forEachRemaining(described::add);
            }
            return described.find(pattern);
        }
        if (pattern.getObject().isBlank()) {
            return WrappedIterator.emptyIterator();
        }
        BindingBuilder b = Binding.builder();
        if (pattern.getPredicate().isConcrete()) {
            b.add(Var.alloc("p"), pattern.getPredicate());
        }
        if (pattern.getObject().isConcrete()) {
            b.add(Var.alloc("o"), pattern.getObject());
        }
        List<Triple> found = new ArrayList<>();
        for (Binding row : store.select(store.find, b.build()).rows()) {
            found.add(Triple.create(row.get("s"), row.get("p"), row.get("o")));
        }
        return WrappedIterator.create(found.iterator());
    }
}
