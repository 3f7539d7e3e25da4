package org.yifa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.yifa.rdf.Yf;

/**
 * Baseline (b): the same evaluation through Jena's OWL Micro rule reasoner plus SPARQL. An InfModel
 * over the ontology, the checklist, the criteria and the city — without the materialised closure
 * graph — closes the unit-type hierarchy (SKOS's own axioms: skos:broader ⊑ skos:broaderTransitive,
 * a transitive property); SPARQL over it finds which criteria apply (less the types their words
 * exclude), counts each unit's records per requirement and window (less the narrower types another
 * criterion of the item requires), and reads the events units stated, judgements, validity and veto
 * events ({@code bench/queries/reasoner-*.rq}), by hash joins: one scan through the reasoner per triple
 * pattern, not one reasoner goal per record. Statuses are rolled up in Java by data/criteria/README.md,
 * and compared with the engine's.
 */
final class ReasonerBaseline {

    static final List<String> GRAPHS = List.of("ontology", "framework/model-unit-goals", "criteria");
    private static final Path QUERIES = Path.of("bench/queries");

    record Requirement(String type, int min) {
    }

    /**
     * @param event         the event type whose occurrence makes the duty arise, or null
     * @param perEventTypes evidence types whose minimum is multiplied by the occurrences stated
     */
    record Criterion(String iri, String id, String item, boolean judgement, List<Requirement> requirements,
                     List<String> pers, List<String> deadlines, Integer cap, Integer provisionalCap, LocalDate since,
                     String event, Set<String> perEventTypes) {
    }

    record Window(int index, LocalDate from, LocalDate to) {
    }

    /** Where the time went, and the statuses: unit IRI → criterion id → status. */
    record Result(double prepareMs, double queryMs, long inferredTriples, Map<String, Map<String, String>> criteria) {
    }

    private final Model knowledge = ModelFactory.createDefaultModel();
    private final Map<String, Criterion> criteria = new LinkedHashMap<>();
    private final AtomicReference<QueryExecution> running = new AtomicReference<>();
    private volatile boolean aborted;

    ReasonerBaseline(Dataset store) {
        Txn.executeRead(store, () -> GRAPHS.forEach(g -> knowledge.add(store.getNamedModel(Yf.GRAPH + g))));
        // SKOS's own axioms for the hierarchy (the SKOS RDF schema is not in the store).
        knowledge.add(SKOS.broader, RDFS.subPropertyOf, SKOS.broaderTransitive);
        knowledge.add(SKOS.broaderTransitive, RDF.type, OWL.TransitiveProperty);
        readCriteria();
    }

    /** Stops the query under way (for the time bound). */
    void abort() {
        aborted = true;
        QueryExecution q = running.get();
        if (q != null) {
            q.abort();
        }
    }

    Result assess(Model city, int year) {
        long start = System.nanoTime();
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(),
                ModelFactory.createUnion(knowledge, city));
        inf.prepare();
        double prepareMs = (System.nanoTime() - start) / 1e6;
        long inferred = inf.getDeductionsModel().size();
        start = System.nanoTime();
        LocalDate end = LocalDate.of(year, 12, 31);

        Map<String, Set<String>> applicable = new HashMap<>();
        for (QuerySolution r : select(inf, "reasoner-units", Map.of(), Map.of())) {
            applicable.put(iri(r, "unit"), new HashSet<>());
        }
        for (QuerySolution r : select(inf, "reasoner-applicable", Map.of(), Map.of())) {
            applicable.computeIfAbsent(iri(r, "unit"), k -> new HashSet<>()).add(iri(r, "criterion"));
        }
        // found[unit][criterion|type|window]
        Map<String, Integer> found = new HashMap<>();
        for (QuerySolution r : select(inf, "reasoner-counts", Map.of(), Map.of("#WINDOWS#", windows(year)))) {
            found.put(iri(r, "unit") + " " + iri(r, "criterion") + " " + iri(r, "type") + " " + r.getLiteral("window").getInt(),
                    r.getLiteral("found").getInt());
        }
        Map<String, Integer> occurrences = new HashMap<>();
        for (QuerySolution r : select(inf, "reasoner-events", Map.of("year", year(year)), Map.of())) {
            occurrences.merge(iri(r, "unit") + " " + iri(r, "event"), r.getLiteral("occurrences").getInt(), Math::max);
        }
        Map<String, Boolean> verdicts = new HashMap<>();
        for (QuerySolution r : select(inf, "reasoner-judgements", Map.of("year", year(year)), Map.of())) {
            verdicts.put(iri(r, "unit") + " " + iri(r, "criterion"), "met".equals(r.getLiteral("verdict").getString()));
        }
        Set<String> capped = new HashSet<>();
        criteria.values().stream().filter(c -> c.cap() != null || c.provisionalCap() != null || c.since() != null)
                .forEach(c -> c.requirements().forEach(q -> capped.add(q.type())));
        Map<String, List<QuerySolution>> governed = new HashMap<>();
        String types = "VALUES ?type { " + String.join(" ", capped.stream().map(t -> "<" + t + ">").toList()) + " }";
        for (QuerySolution r : select(inf, "reasoner-validity", Map.of("end", date(end)), Map.of("#TYPES#", types))) {
            governed.computeIfAbsent(iri(r, "unit"), k -> new ArrayList<>()).add(r);
        }
        // The vetoes are read (so that their cost counts) though only criterion statuses are compared.
        select(inf, "reasoner-vetoes", Map.of(), Map.of());

        Map<String, Map<String, String>> statuses = new HashMap<>();
        applicable.forEach((unit, cs) -> {
            Map<String, String> byId = new HashMap<>();
            for (String iri : cs) {
                Criterion c = criteria.get(iri);
                if (c == null) {
                    continue;
                }
                // A conditional duty: no statement leaves it to an assessor, none occurring makes it void.
                Integer events = c.event() == null ? Integer.valueOf(1) : occurrences.get(unit + " " + c.event());
                byId.put(c.id(), events == null ? "needs-judgement" : events == 0 ? "not-applicable"
                        : c.judgement() ? judged(verdicts.get(unit + " " + iri))
                        : documentary(c, unit, year, events, found, governed.getOrDefault(unit, List.of())));
            }
            statuses.put(unit, byId);
        });
        return new Result(prepareMs, (System.nanoTime() - start) / 1e6, inferred, statuses);
    }

    private static String judged(Boolean met) {
        return met == null ? "needs-judgement" : met ? "met" : "missed";
    }

    private String documentary(Criterion c, String unit, int year, int events, Map<String, Integer> found,
                               List<QuerySolution> governed) {
        List<Window> windows = windows(c, year);
        boolean all = true;
        boolean any = false;
        for (Requirement q : c.requirements()) {
            int least = Integer.MAX_VALUE;
            for (Window w : windows) {
                least = Math.min(least, found.getOrDefault(unit + " " + c.iri() + " " + q.type() + " " + w.index(), 0));
            }
            all &= least >= (c.perEventTypes().contains(q.type()) ? q.min() * events : q.min());
            any |= least > 0;
        }
        boolean valid = true;
        if (c.cap() != null || c.provisionalCap() != null || c.since() != null) {
            Set<String> types = new HashSet<>();
            c.requirements().forEach(q -> types.add(q.type()));
            for (QuerySolution r : governed) {
                if (!types.contains(iri(r, "type"))) {
                    continue;
                }
                LocalDate date = LocalDate.parse(r.getLiteral("date").getLexicalForm());
                boolean provisional = r.contains("provisional") && r.getLiteral("provisional").getBoolean();
                Integer limit = provisional && c.provisionalCap() != null ? c.provisionalCap() : c.cap();
                if (r.contains("validUntil")) {
                    LocalDate until = LocalDate.parse(r.getLiteral("validUntil").getLexicalForm());
                    valid &= limit == null || !until.isAfter(date.plusYears(limit));
                } else {
                    valid &= c.since() == null || date.isBefore(c.since());
                }
            }
        }
        return all && valid ? "met" : any ? "partly-met" : "missed";
    }

    /**
     * The windows of the spec: a year (a per-year rule, or a deadline or an event condition without a
     * quarterly rule — events are stated per year), cut at a deadline's quarter end; a quarterly rule
     * has four; anything else is a standing document, dated any time up to the year's end.
     */
    static List<Window> windows(Criterion c, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        boolean quarterly = c.pers().contains("quarter");
        if (c.pers().contains("year") || (!quarterly && (!c.deadlines().isEmpty() || c.event() != null))) {
            LocalDate to = c.deadlines().stream().map(d -> start.plusMonths(3L * Integer.parseInt(d.substring(1))).minusDays(1))
                    .min(LocalDate::compareTo).orElse(end);
            return List.of(new Window(0, start, to));
        }
        if (quarterly) {
            List<Window> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                LocalDate from = start.plusMonths(3L * (q - 1));
                quarters.add(new Window(q, from, from.plusMonths(3).minusDays(1)));
            }
            return quarters;
        }
        return List.of(new Window(0, null, end));
    }

    private String windows(int year) {
        StringBuilder values = new StringBuilder("VALUES (?criterion ?window ?from ?to) {\n");
        for (Criterion c : criteria.values()) {
            if (c.judgement() || c.requirements().isEmpty()) {
                continue;
            }
            for (Window w : windows(c, year)) {
                values.append("    (<").append(c.iri()).append("> ").append(w.index()).append(' ')
                        .append(w.from() == null ? "UNDEF" : "\"" + w.from() + "\"^^<" + XSDDatatype.XSDdate.getURI() + ">")
                        .append(" \"").append(w.to()).append("\"^^<").append(XSDDatatype.XSDdate.getURI()).append(">)\n");
            }
        }
        return values.append("  }").toString();
    }

    /** The checklist as the twin's queries read it (plain SPARQL over the knowledge graphs, no reasoner). */
    private void readCriteria() {
        Map<String, List<Requirement>> requirements = new HashMap<>();
        for (QuerySolution r : selectLibrary(knowledge, "twin-requirements")) {
            requirements.computeIfAbsent(iri(r, "criterion"), k -> new ArrayList<>())
                    .add(new Requirement(iri(r, "evidenceType"), r.getLiteral("min").getInt()));
        }
        Map<String, List<QuerySolution>> rules = new HashMap<>();
        for (QuerySolution r : selectLibrary(knowledge, "twin-rules")) {
            rules.computeIfAbsent(iri(r, "criterion"), k -> new ArrayList<>()).add(r);
        }
        Map<String, String> events = new HashMap<>();
        Map<String, Set<String>> perEvent = new HashMap<>();
        for (QuerySolution r : select(knowledge, "reasoner-conditions", Map.of(), Map.of())) {
            events.put(iri(r, "criterion"), iri(r, "event"));
            Set<String> types = perEvent.computeIfAbsent(iri(r, "criterion"), k -> new HashSet<>());
            if (r.contains("perEventType")) {
                types.add(iri(r, "perEventType"));
            }
        }
        for (QuerySolution r : selectLibrary(knowledge, "twin-criteria")) {
            String iri = iri(r, "criterion");
            List<QuerySolution> own = rules.getOrDefault(iri, List.of());
            criteria.put(iri, new Criterion(iri, r.getLiteral("id").getString(), r.getLiteral("item").getString(),
                    r.getLiteral("judgement").getBoolean(), requirements.getOrDefault(iri, List.of()),
                    strings(own, "per"), strings(own, "deadline").stream().filter(d -> d.matches("Q[1-4]")).toList(),
                    ints(own, "validityYears"), ints(own, "provisionalValidityYears"),
                    own.stream().map(x -> x.get("since")).filter(Objects::nonNull)
                            .map(n -> LocalDate.parse(n.asLiteral().getLexicalForm())).min(LocalDate::compareTo).orElse(null),
                    events.get(iri), perEvent.getOrDefault(iri, Set.of())));
        }
    }

    private List<QuerySolution> select(Model model, String name, Map<String, RDFNode> bindings, Map<String, String> markers) {
        if (aborted) {
            throw new IllegalStateException("aborted");
        }
        String text = read(name);
        for (Map.Entry<String, String> m : markers.entrySet()) {
            text = text.replace(m.getKey(), m.getValue());
        }
        QuerySolutionMap initial = new QuerySolutionMap();
        bindings.forEach(initial::add);
        // Hash joins, and groups of one pattern kept apart: an index join (or a merged BGP) looks each
        // record's properties up one by one, a reasoner goal per look-up, again for every requirement
        // and window; a scan per pattern, hash-joined, reads each once (see reasoner-events.rq).
        try (QueryExecution execution = QueryExecution.model(model).query(QueryFactory.create(text))
                .substitution(initial).set(ARQ.optIndexJoinStrategy, false).set(ARQ.optMergeBGPs, false).build()) {
            running.set(execution);
            List<QuerySolution> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(rows::add);
            return rows;
        } finally {
            running.set(null);
        }
    }

    private static List<QuerySolution> selectLibrary(Model model, String name) {
        return org.yifa.twin.TwinQueries.select(model, name);
    }

    private static String read(String name) {
        try {
            return Files.readString(QUERIES.resolve(name + ".rq"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(Objects::nonNull).map(n -> n.asLiteral().getString()).toList();
    }

    private static Integer ints(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(Objects::nonNull).map(n -> n.asLiteral().getInt())
                .min(Integer::compare).orElse(null);
    }

    private static String iri(QuerySolution r, String var) {
        return r.getResource(var).getURI();
    }

    private RDFNode year(int year) {
        return knowledge.createTypedLiteral(String.valueOf(year), XSDDatatype.XSDinteger);
    }

    private RDFNode date(LocalDate d) {
        return knowledge.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }
}
