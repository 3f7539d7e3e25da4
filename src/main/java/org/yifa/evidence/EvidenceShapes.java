package org.yifa.evidence;

import java.io.ByteArrayInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.ClosedConstraint;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.yifa.store.load.DataFiles;
import org.yifa.store.Store;

/**
 * SHACL validation of RDF uploads against {@code ontology/shapes/evidence-shapes.ttl}. The data
 * graph is the upload plus the store's types of everything the upload points to, so that
 * {@code sh:class} sees whether an evidence type, criterion or unit exists without validating the
 * store's own records.
 */
@Component
class EvidenceShapes {

    static final String FILE = "ontology/shapes/evidence-shapes.ttl";

    private final Store store;
    private final Shapes shapes;

    EvidenceShapes(Store store) {
        this.store = store;
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(DataFiles.read(FILE))).lang(Lang.TURTLE).parse(model);
        this.shapes = Shapes.parse(model);
    }

    void check(RdfFile.Parsed parsed, Problems problems) {
        Graph data = ModelFactory.createDefaultModel().getGraph();
        parsed.model().getGraph().find().forEachRemaining(data::add);
        store.read(() -> {
            Graph union = store.union();
            parsed.model().getGraph().find().forEachRemaining(t -> {
                if (t.getObject().isURI()) {
                    union.find(t.getObject(), RDF.type.asNode(), Node.ANY).forEachRemaining(data::add);
                }
            });
            return null;
        });
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        for (ReportEntry entry : report.getEntries()) {
            Position at = RdfRecords.at(parsed, parsed.model().wrapAsResource(entry.focusNode()));
            String field = entry.resultPath() instanceof P_Link link ? Vocabulary.curie(link.getNode().getURI()) : null;
            String message = entry.constraint() instanceof ClosedConstraint
                    ? field + " is not a property of such a record (" + value(entry) + ")"
                    : entry.message() + (entry.value() == null ? "" : "; found " + value(entry));
            problems.add(at, field, message);
        }
    }

    /** Validates whole graphs as written, e.g. a unit's evidence graph in tests. */
    ValidationReport validate(Graph graph) {
        return ShaclValidator.get().validate(shapes, graph);
    }

    private static String value(ReportEntry entry) {
        Node v = entry.value();
        if (v == null) {
            return "";
        }
        return v.isURI() ? "<" + v.getURI() + ">" : v.isLiteral() ? v.getLiteral().toString(true) : v.toString();
    }
}
