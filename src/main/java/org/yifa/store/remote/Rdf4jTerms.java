package org.yifa.store.remote;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Triple;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.GraphQueryResult;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.yifa.store.Store;

/** RDF4J's answers as Jena terms, so that the rest of the service sees the same nodes in either mode. */
final class Rdf4jTerms {

    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    private static final String XSD_BOOLEAN = XSDDatatype.XSDboolean.getURI();

    private Rdf4jTerms() {
    }

    static Node node(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode blank) {
            return NodeFactory.createBlankNode(blank.getID());
        }
        if (value instanceof Literal literal) {
            if (literal.getLanguage().isPresent()) {
                return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
            }
            String datatype = literal.getDatatype().stringValue();
            return datatype.equals(XSD_STRING) ? NodeFactory.createLiteralString(literal.getLabel())
                    : NodeFactory.createLiteralDT(canonical(literal.getLabel(), datatype),
                            TypeMapper.getInstance().getSafeTypeByName(datatype));
        }
        if (value instanceof Triple t) {
            return NodeFactory.createTripleNode(node(t.getSubject()), node(t.getPredicate()), node(t.getObject()));
        }
        throw new IllegalArgumentException("Unknown RDF4J value " + value);
    }

    /**
     * A boolean in its canonical form, {@code true} or {@code false}, as the embedded store gives it: the
     * same value may come back as {@code 1} or {@code 0} (Virtuoso 7 writes those in some result formats).
     */
    private static String canonical(String label, String datatype) {
        if (datatype.equals(XSD_BOOLEAN)) {
            return switch (label.strip()) {
                case "1" -> "true";
                case "0" -> "false";
                default -> label;
            };
        }
        return label;
    }

    static Store.Table table(TupleQueryResult result) {
        List<Var> vars = Var.varList(result.getBindingNames());
        List<Binding> rows = new ArrayList<>();
        while (result.hasNext()) {
            BindingSet solution = result.next();
            BindingBuilder row = Binding.builder();
            for (org.eclipse.rdf4j.query.Binding b : solution) {
                row.add(Var.alloc(b.getName()), node(b.getValue()));
            }
            rows.add(row.build());
        }
        return new Store.Table(vars, rows);
    }

    static Graph graph(GraphQueryResult result) {
        Graph graph = GraphFactory.createDefaultGraph();
        while (result.hasNext()) {
            Statement s = result.next();
            graph.add(node(s.getSubject()), node(s.getPredicate()), node(s.getObject()));
        }
        return graph;
    }
}
