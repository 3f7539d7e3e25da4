package org.yifa.unit;

import java.util.Collection;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.yifa.rdf.Yf;

/** The city's units as RDF (W3C ORG and the Yifa ontology), the content of {@link CityUnits#GRAPH}. */
final class UnitGraph {

    private static final Node ORGANIZATION = NodeFactory.createURI(UnitRdf.ORG + "Organization");
    private static final Node SUB_ORGANIZATION_OF = NodeFactory.createURI(UnitRdf.ORG + "subOrganizationOf");

    private UnitGraph() {
    }

    static Graph of(Collection<RegisteredUnit> units) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (RegisteredUnit u : units) {
            Node s = NodeFactory.createURI(u.iri());
            graph.add(Triple.create(s, RDF.type.asNode(), ORGANIZATION));
            graph.add(Triple.create(s, RDF.type.asNode(), Yf.Unit.asNode()));
            graph.add(Triple.create(s, Yf.unitId.asNode(), NodeFactory.createLiteralString(u.id())));
            graph.add(Triple.create(s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(u.name(), "zh")));
            u.types().forEach(t -> graph.add(Triple.create(s, Yf.unitType.asNode(), NodeFactory.createURI(t))));
            if (u.parent() != null) {
                graph.add(Triple.create(s, SUB_ORGANIZATION_OF, NodeFactory.createURI(RegisteredUnit.IRI_BASE + u.parent())));
            }
            if (u.creditCode() != null) {
                graph.add(Triple.create(s, Yf.creditCode.asNode(), NodeFactory.createLiteralString(u.creditCode())));
            }
            if (u.validFrom() != null) {
                graph.add(Triple.create(s, Yf.unitValidFrom.asNode(),
                        NodeFactory.createLiteralDT(u.validFrom().toString(), XSDDatatype.XSDdate)));
            }
            for (RegisteredUnit.FormerTypes f : u.former()) {
                Node period = NodeFactory.createURI(u.iri() + "/kinds-until/" + f.until());
                graph.add(Triple.create(s, Yf.formerUnitTypes.asNode(), period));
                graph.add(Triple.create(period, RDF.type.asNode(), Yf.UnitTypesPeriod.asNode()));
                graph.add(Triple.create(period, Yf.kindsUntil.asNode(),
                        NodeFactory.createLiteralDT(f.until().toString(), XSDDatatype.XSDdate)));
                f.types().forEach(t -> graph.add(Triple.create(period, Yf.formerUnitType.asNode(), NodeFactory.createURI(t))));
            }
            if (u.validUntil() != null) {
                graph.add(Triple.create(s, Yf.unitValidUntil.asNode(),
                        NodeFactory.createLiteralDT(u.validUntil().toString(), XSDDatatype.XSDdate)));
            }
        }
        return graph;
    }
}
