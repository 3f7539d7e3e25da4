package org.yifa.twin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.yifa.rdf.Yf;
import org.yifa.twin.ShapeWriter.Check;
import org.yifa.twin.ShapeWriter.Kind;

/**
 * A second, independent reading of the assessment semantics, for tests: which criteria apply is
 * plain SPARQL over yf:broaderOrSelf; every count, date window, validity rule, judgement and veto
 * is decided by SHACL shapes generated from the criteria graph and run by jena-shacl; the statuses
 * are then read off the validation report.
 */
final class Twin {

    /** One unit's assessment for one year: statuses by criterion id and by item notation. */
    record Assessment(String unit, int year, Map<String, String> criteria, Map<String, String> items,
                      List<String> vetoes, boolean eligible) {
    }

    private static final String TYPE = "type:";
    private static final String JUDGEMENTS = "judgements:";
    private static final String VETOES = "vetoes";
    private static final String EVENTS = "events:";

    private final Model knowledge;
    private final TwinModel checklist;
    private final Map<String, Set<String>> narrower = new HashMap<>();

    /** {@code knowledge}: the framework, criteria and closure graphs. */
    Twin(Model knowledge) {
        this.knowledge = knowledge;
        this.checklist = new TwinModel(knowledge);
    }

    TwinModel checklist() {
        return checklist;
    }

    /** Assesses every unit of {@code city} for {@code year}; keys are unit IRIs. */
    Map<String, Assessment> assess(Model city, int year) {
        Model data = ModelFactory.createUnion(city, knowledge);
        List<String> units = city.listResourcesWithProperty(RDF.type, Yf.res("Unit")).mapWith(r -> r.getURI()).toList();
        Map<String, Set<String>> applicable = new HashMap<>();
        units.forEach(u -> applicable.put(u, new HashSet<>()));
        for (QuerySolution row : TwinModel.select(data, "twin-applicable-criteria")) {
            applicable.computeIfAbsent(TwinModel.iri(row, "unit"), k -> new HashSet<>()).add(TwinModel.iri(row, "criterion"));
        }
        Map<String, List<String>> unitsOf = new HashMap<>();
        applicable.forEach((u, cs) -> cs.forEach(c -> unitsOf.computeIfAbsent(c, k -> new ArrayList<>()).add(u)));

        Map<String, Graph> buckets = buckets(city);
        Map<String, Integer> occurrences = new HashMap<>();
        for (QuerySolution row : TwinModel.select(city, "twin-event-occurrences")) {
            if (row.getLiteral("year").getInt() == year) {
                occurrences.put(TwinModel.iri(row, "unit") + " " + TwinModel.iri(row, "event"), row.getLiteral("occurrences").getInt());
            }
        }
        ShapeWriter shapes = shapes(year, units, unitsOf, buckets.keySet(), occurrences);
        Map<String, Set<Check>> failed = failedChecks(shapes, buckets);
        Map<String, Assessment> result = new LinkedHashMap<>();
        for (String unit : units) {
            result.put(unit, assessment(unit, year, applicable.get(unit), failed.getOrDefault(unit, Set.of())));
        }
        return result;
    }

    /** The shapes of one year's assessment, by partition. */
    private ShapeWriter shapes(int year, List<String> units, Map<String, List<String>> unitsOf, Set<String> buckets,
                               Map<String, Integer> occurrences) {
        LocalDate end = LocalDate.of(year, 12, 31);
        ShapeWriter shapes = new ShapeWriter();
        for (TwinModel.Criterion c : checklist.criteria.values()) {
            Collection<String> bound = unitsOf.getOrDefault(c.iri(), List.of());
            if (bound.isEmpty()) {
                continue;
            }
            // Units by the number of events they reported (1 for a criterion that waits for none).
            Map<Integer, List<String>> byEvents = new TreeMap<>();
            if (c.event() != null) {
                shapes.in(EVENTS + c.event()).event(Kind.EVENT_STATED, c, year, bound);
                shapes.event(Kind.EVENT_OCCURRED, c, year, bound);
                for (String unit : bound) {
                    byEvents.computeIfAbsent(Math.max(1, occurrences.getOrDefault(unit + " " + c.event(), 1)),
                            k -> new ArrayList<>()).add(unit);
                }
            } else {
                byEvents.put(1, new ArrayList<>(bound));
            }
            if (c.judgement()) {
                shapes.in(JUDGEMENTS + c.iri()).judged(c, year, "met", bound);
                shapes.judged(c, year, "missed", bound);
                continue;
            }
            for (TwinModel.Requirement r : c.requirements()) {
                shapes.in(partition(buckets, List.of(r), c.iri()));
                for (TwinModel.Window w : c.windows(year)) {
                    for (Map.Entry<Integer, List<String>> group : byEvents.entrySet()) {
                        int min = c.perEventTypes().contains(r.type()) ? r.min() * group.getKey() : r.min();
                        shapes.count(Kind.COUNT, c, r, w, min, group.getValue());
                        // Per event the count varies by unit: "found any" is always checked, to tell partly-met from missed.
                        if (min > 1 || c.perEventTypes().contains(r.type())) {
                            shapes.count(Kind.FOUND, c, r, w, 1, group.getValue());
                        }
                    }
                }
            }
            if (c.capped()) {
                shapes.in(partition(buckets, c.requirements(), null)).cap(c, end, bound);
            }
            if (c.since() != null) {
                shapes.in(partition(buckets, c.requirements(), null)).since(c, end, bound);
            }
        }
        for (TwinModel.Item item : checklist.items) {
            if (item.vetoEvent() != null && !units.isEmpty()) {
                shapes.in(VETOES).veto(item, end.minusYears(item.windowYears()), end, units);
            }
        }
        return shapes;
    }

    /** Runs each partition's shapes on its buckets (and the knowledge); the failed checks by unit. */
    private Map<String, Set<Check>> failedChecks(ShapeWriter shapes, Map<String, Graph> buckets) {
        Map<String, Set<Check>> failed = new HashMap<>();
        shapes.shapes().forEach((partition, shapeModel) -> {
            Graph records = GraphFactory.createDefaultGraph();
            for (String bucket : partition.split("\\|")) {
                Graph g = buckets.get(bucket);
                if (g != null) {
                    GraphUtil.addInto(records, g);
                }
            }
            ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapeModel.getGraph()),
                    new Union(knowledge.getGraph(), records));
            for (ReportEntry e : report.getEntries()) {
                Check check = shapes.checks().get(e.source().getURI());
                if (check == null) {
                    throw new IllegalStateException("A result from no check of the twin: " + e);
                }
                failed.computeIfAbsent(e.focusNode().getURI(), k -> new HashSet<>()).add(check);
            }
        });
        return failed;
    }

    /**
     * The buckets a partition of shapes needs: records of the requirements' evidence types or of
     * narrower ones (by yf:broaderOrSelf), for no criterion or for {@code criterion} — for any
     * criterion when it is null. A record outside them could never be counted by those shapes, so
     * leaving it out changes no result and spares jena-shacl most of its work.
     */
    private String partition(Set<String> buckets, List<TwinModel.Requirement> requirements, String criterion) {
        Set<String> types = new HashSet<>();
        for (TwinModel.Requirement r : requirements) {
            types.addAll(narrower.computeIfAbsent(r.type(), e -> {
                Set<String> all = new HashSet<>(Set.of(e));
                knowledge.listSubjectsWithProperty(Yf.prop("broaderOrSelf"), knowledge.createResource(e))
                        .forEach(t -> all.add(t.getURI()));
                return all;
            }));
        }
        Set<String> keys = new TreeSet<>();
        for (String type : types) {
            if (criterion != null) {
                for (String c : List.of("-", criterion)) {
                    if (buckets.contains(TYPE + type + " " + c)) {
                        keys.add(TYPE + type + " " + c);
                    }
                }
            } else {
                buckets.stream().filter(b -> b.startsWith(TYPE + type + " ")).forEach(keys::add);
            }
        }
        return String.join("|", keys);
    }

    /**
     * The city's records by their yf:evidenceType and yf:forCriterion ("-" for none), judgements by
     * their yf:criterion, and veto events.
     */
    private static Map<String, Graph> buckets(Model city) {
        Graph graph = city.getGraph();
        Map<String, Graph> buckets = new HashMap<>();
        for (Node s : GraphUtil.listSubjects(graph, Node.ANY, Node.ANY).toList()) {
            List<String> keys = new ArrayList<>();
            List<String> criteria = graph.find(s, Yf.prop("forCriterion").asNode(), Node.ANY)
                    .mapWith(t -> t.getObject().getURI()).toList();
            for (Triple t : graph.find(s, Yf.prop("evidenceType").asNode(), Node.ANY).toList()) {
                for (String c : criteria.isEmpty() ? List.of("-") : criteria) {
                    keys.add(TYPE + t.getObject().getURI() + " " + c);
                }
            }
            graph.find(s, Yf.prop("criterion").asNode(), Node.ANY).forEach(t -> keys.add(JUDGEMENTS + t.getObject().getURI()));
            if (graph.contains(s, RDF.type.asNode(), Yf.res("VetoEvent").asNode())) {
                keys.add(VETOES);
            }
            if (graph.contains(s, RDF.type.asNode(), Yf.res("EventStatement").asNode())) {
                graph.find(s, Yf.prop("eventType").asNode(), Node.ANY).forEach(t -> keys.add(EVENTS + t.getObject().getURI()));
            }
            for (String key : keys) {
                Graph bucket = buckets.computeIfAbsent(key, k -> GraphFactory.createDefaultGraph());
                graph.find(s, Node.ANY, Node.ANY).forEach(bucket::add);
            }
        }
        return buckets;
    }

    private Assessment assessment(String unit, int year, Set<String> applicable, Set<Check> failed) {
        Map<String, String> criteria = new TreeMap<>();
        Map<String, List<String>> byItem = new HashMap<>();
        for (String iri : applicable) {
            TwinModel.Criterion c = checklist.criteria.get(iri);
            String status = c.event() != null && failed.contains(new Check(Kind.EVENT_STATED, c.iri(), null)) ? "needs-judgement"
                    : c.event() != null && failed.contains(new Check(Kind.EVENT_OCCURRED, c.iri(), null)) ? "not-applicable"
                    : c.judgement() ? judged(c, failed) : documentary(c, failed);
            criteria.put(c.id(), status);
            byItem.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(status);
        }
        Map<String, String> items = new LinkedHashMap<>();
        List<String> vetoes = new ArrayList<>();
        for (TwinModel.Item item : checklist.items) {
            items.put(item.notation(), item(byItem.getOrDefault(item.notation(), List.of())));
            if (failed.contains(new Check(Kind.VETO, item.iri(), null))) {
                vetoes.add(item.notation());
            }
        }
        boolean eligible = vetoes.isEmpty()
                && items.values().stream().allMatch(s -> s.equals("met") || s.equals("not-applicable"));
        return new Assessment(unit, year, criteria, items, vetoes, eligible);
    }

    private static String judged(TwinModel.Criterion c, Set<Check> failed) {
        if (!failed.contains(new Check(Kind.JUDGED_MET, c.iri(), null))) {
            return "met";
        }
        return failed.contains(new Check(Kind.JUDGED_MISSED, c.iri(), null)) ? "needs-judgement" : "missed";
    }

    private static String documentary(TwinModel.Criterion c, Set<Check> failed) {
        boolean all = true;
        boolean any = false;
        for (TwinModel.Requirement r : c.requirements()) {
            boolean satisfied = !failed.contains(new Check(Kind.COUNT, c.iri(), r.type()));
            boolean found = r.min() > 1 || c.perEventTypes().contains(r.type())
                    ? !failed.contains(new Check(Kind.FOUND, c.iri(), r.type())) : satisfied;
            all &= satisfied;
            any |= found;
        }
        boolean valid = !failed.contains(new Check(Kind.CAP, c.iri(), null))
                && !failed.contains(new Check(Kind.SINCE, c.iri(), null));
        if (all && valid) {
            return "met";
        }
        return any ? "partly-met" : "missed";
    }

    /** An item's status over the statuses of its applicable criteria. */
    static String item(List<String> all) {
        List<String> statuses = all.stream().filter(s -> !s.equals("not-applicable")).toList();
        if (statuses.isEmpty()) {
            return "not-applicable";
        }
        if (statuses.stream().allMatch("met"::equals)) {
            return "met";
        }
        if (statuses.stream().allMatch("missed"::equals)) {
            return "missed";
        }
        if (statuses.stream().filter(s -> !s.equals("met")).allMatch("needs-judgement"::equals)) {
            return "needs-judgement";
        }
        return "partly-met";
    }
}
