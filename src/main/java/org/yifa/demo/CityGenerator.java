package org.yifa.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.yifa.rdf.Prov;
import org.yifa.rdf.Yf;

/**
 * Generates a synthetic city: units of the assessed kinds and, for each unit and year, evidence
 * records, assessor judgements and veto events, with realistic gaps (see {@link UnitSpec.Profile}).
 * The same seed gives the same city, triple for triple. The checklist comes in as a
 * {@link CriteriaCatalog} read once, so large cities are generated without the store.
 */
public final class CityGenerator {

    static final String UNIT_TYPE_NS = Yf.ID + "unit-type/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String DCTERMS = "http://purl.org/dc/terms/";

    /** Prefixes of the generated graph. */
    public static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("yf", Yf.NS), Map.entry("dcterms", DCTERMS), Map.entry("prov", Prov.NS), Map.entry("org", ORG),
            Map.entry("skos", SKOS.getURI()), Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("ut", UNIT_TYPE_NS), Map.entry("et", Yf.ID + "evidence-type/"),
            Map.entry("crit", Yf.ID + "model-unit-goals/criterion/"), Map.entry("unit", Yf.ID + "unit/"),
            Map.entry("veto", Yf.ID + "model-unit-goals/veto-event/"));

    private final CriteriaCatalog catalog;
    private final Map<String, CriteriaCatalog.Criterion> criteria = new HashMap<>();

    public CityGenerator(CriteriaCatalog catalog) {
        this.catalog = catalog;
        catalog.criteria().forEach(c -> criteria.put(c.iri(), c));
    }

    /** {@code count} made-up units (the city government first), ids prefixed with {@code idPrefix}. */
    public static List<UnitSpec> units(long seed, int count, String idPrefix) {
        return SyntheticUnits.of(seed, count, idPrefix);
    }

    /** A city of {@code count} made-up units with evidence for {@code years}, in memory. */
    public Model generate(long seed, int count, List<Integer> years) {
        return generate(seed, units(seed, count, ""), years);
    }

    /** A city of the given units with evidence for {@code years}, in memory. */
    public Model generate(long seed, List<UnitSpec> units, List<Integer> years) {
        Graph graph = GraphFactory.createDefaultGraph();
        generate(seed, units, years, StreamRDFLib.graph(graph));
        Model model = ModelFactory.createModelForGraph(graph);
        model.setNsPrefixes(PREFIXES);
        return model;
    }

    /** Streams the city's triples to {@code out}, unit after unit, so that any size fits. */
    public void generate(long seed, List<UnitSpec> units, List<Integer> years, StreamRDF out) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("No years to generate evidence for");
        }
        List<Integer> sorted = years.stream().distinct().sorted().toList();
        out.start();
        new java.util.TreeMap<>(PREFIXES).forEach(out::prefix);
        for (UnitSpec unit : units) {
            SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + unit.id().hashCode());
            writeUnit(unit, out);
            new UnitEvidence(unit, applicable(unit), catalog.vetoTypes(), sorted, rng, out).write();
        }
        out.finish();
    }

    /** The criteria binding the unit through any of its types, in catalog order. */
    List<CriteriaCatalog.Criterion> applicable(UnitSpec unit) {
        Set<String> iris = new LinkedHashSet<>();
        for (String type : unit.types()) {
            String iri = UNIT_TYPE_NS + type;
            Set<String> binding = catalog.criteriaByUnitType().get(iri);
            if (binding == null) {
                throw new IllegalArgumentException("Unit " + unit.id() + ": unknown unit type " + type);
            }
            iris.addAll(binding);
        }
        List<CriteriaCatalog.Criterion> found = new ArrayList<>();
        for (CriteriaCatalog.Criterion c : catalog.criteria()) {
            if (iris.contains(c.iri())) {
                found.add(c);
            }
        }
        return found;
    }

    private static void writeUnit(UnitSpec unit, StreamRDF out) {
        Node s = unitNode(unit.id());
        out.triple(Triple.create(s, RDF.type.asNode(), Yf.Unit.asNode()));
        out.triple(Triple.create(s, RDF.type.asNode(), NodeFactory.createURI(ORG + "Organization")));
        out.triple(Triple.create(s, Yf.unitId.asNode(), NodeFactory.createLiteralString(unit.id())));
        out.triple(Triple.create(s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(unit.name(), "zh")));
        for (String type : unit.types()) {
            out.triple(Triple.create(s, Yf.unitType.asNode(), NodeFactory.createURI(UNIT_TYPE_NS + type)));
        }
        if (unit.parent() != null) {
            out.triple(Triple.create(s, NodeFactory.createURI(ORG + "subOrganizationOf"),
                    unitNode(unit.parent())));
        }
    }

    static Node unitNode(String id) {
        return NodeFactory.createURI(Yf.ID + "unit/" + id);
    }
}
