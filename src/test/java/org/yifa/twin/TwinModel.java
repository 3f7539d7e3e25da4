package org.yifa.twin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The checklist as the twin reads it with its own queries ({@code src/test/resources/twin-queries/*.rq}): criteria with
 * their requirements and rules, items, veto conditions. Nothing here is shared with the engine.
 */
final class TwinModel {

    record Requirement(String type, int min) {
    }

    /** A window of dates, {@code from} null for standing documents (anything up to {@code to}). */
    record Window(LocalDate from, LocalDate to) {
    }

    /**
     * @param event         the event type the criterion depends on, or null
     * @param perEventTypes evidence types whose count is multiplied by the events reported
     * @param claimed       by evidence type: narrower types other criteria of the item require, whose records do not count here
     */
    record Criterion(String iri, String id, String item, boolean judgement, List<Requirement> requirements,
                     List<String> pers, List<String> deadlines, boolean capped, LocalDate since,
                     String event, Set<String> perEventTypes, Map<String, List<String>> claimed) {

        /**
         * The windows whose counts decide a requirement in year {@code y}: the year (cut at a
         * quarter's end when a deadline is set), each quarter, or everything up to the year's end.
         * A deadline alone also means the year: the spec names deadlines only under "per year", but
         * the checklist's 每年第一季度 (8.4-3, 8.4-4) carries no per-year rule, only the deadline.
         */
        List<Window> windows(int y) {
            LocalDate end = LocalDate.of(y, 12, 31);
            // A duty triggered by the events a unit states for a year is discharged in that year.
            boolean yearly = pers.contains("year") || (!pers.contains("quarter") && (!deadlines.isEmpty() || event != null));
            if (yearly) {
                LocalDate to = deadlines.stream().filter(d -> d.matches("Q[1-4]")).map(d -> quarterEnd(y, d.charAt(1) - '0'))
                        .min(LocalDate::compareTo).orElse(end);
                return List.of(new Window(LocalDate.of(y, 1, 1), to));
            }
            if (pers.contains("quarter")) {
                List<Window> quarters = new ArrayList<>();
                for (int q = 1; q <= 4; q++) {
                    quarters.add(new Window(LocalDate.of(y, 3 * q - 2, 1), quarterEnd(y, q)));
                }
                return quarters;
            }
            return List.of(new Window(null, end));
        }

        boolean checksValidity() {
            return capped || since != null;
        }
    }

    /** @param boundUnits the units a veto condition binds, or null when it binds every unit */
    record Item(String iri, String notation, String vetoEvent, Integer windowYears, Set<String> boundUnits) {
    }

    final Map<String, Criterion> criteria;
    final List<Item> items;

    TwinModel(Model knowledge) {
        Map<String, List<Requirement>> requirements = new HashMap<>();
        for (QuerySolution r : select(knowledge, "twin-requirements")) {
            requirements.computeIfAbsent(iri(r, "criterion"), k -> new ArrayList<>())
                    .add(new Requirement(iri(r, "evidenceType"), r.getLiteral("min").getInt()));
        }
        Map<String, List<QuerySolution>> rules = new HashMap<>();
        for (QuerySolution r : select(knowledge, "twin-rules")) {
            rules.computeIfAbsent(iri(r, "criterion"), k -> new ArrayList<>()).add(r);
        }
        Map<String, String> events = new HashMap<>();
        Map<String, Set<String>> perEvent = new HashMap<>();
        for (QuerySolution r : select(knowledge, "twin-conditions")) {
            events.put(iri(r, "criterion"), iri(r, "event"));
            Set<String> types = perEvent.computeIfAbsent(iri(r, "criterion"), k -> new HashSet<>());
            if (r.contains("perEventType")) {
                types.add(iri(r, "perEventType"));
            }
        }
        Map<String, Map<String, List<String>>> claimed = new HashMap<>();
        for (QuerySolution r : select(knowledge, "twin-narrower-requirements")) {
            claimed.computeIfAbsent(iri(r, "criterion"), k -> new HashMap<>())
                    .computeIfAbsent(iri(r, "evidenceType"), k -> new ArrayList<>()).add(iri(r, "claimed"));
        }
        Map<String, Criterion> all = new LinkedHashMap<>();
        for (QuerySolution r : select(knowledge, "twin-criteria")) {
            String iri = iri(r, "criterion");
            List<QuerySolution> own = rules.getOrDefault(iri, List.of());
            all.put(iri, new Criterion(iri, r.getLiteral("id").getString(), r.getLiteral("item").getString(),
                    r.getLiteral("judgement").getBoolean(), requirements.getOrDefault(iri, List.of()),
                    values(own, "per"), values(own, "deadline"),
                    own.stream().anyMatch(x -> x.contains("validityYears") || x.contains("provisionalValidityYears")),
                    own.stream().map(x -> x.get("since")).filter(Objects::nonNull)
                            .map(n -> LocalDate.parse(n.asLiteral().getLexicalForm())).min(LocalDate::compareTo).orElse(null),
                    events.get(iri), perEvent.getOrDefault(iri, Set.of()), claimed.getOrDefault(iri, Map.of())));
        }
        this.criteria = all;
        this.items = select(knowledge, "twin-items").stream()
                .map(r -> new Item(iri(r, "item"), r.getLiteral("notation").getString(),
                        r.contains("vetoEvent") ? iri(r, "vetoEvent") : null,
                        r.contains("windowYears") ? r.getLiteral("windowYears").getInt() : null, null))
                .toList();
    }

    /** The checklist's items with the units of {@code city} that each veto condition naming its units binds. */
    List<Item> itemsFor(Model city, Model knowledge) {
        Map<String, Set<String>> bound = new HashMap<>();
        for (QuerySolution r : select(org.apache.jena.rdf.model.ModelFactory.createUnion(city, knowledge), "twin-veto-units")) {
            bound.computeIfAbsent(iri(r, "item"), k -> new HashSet<>()).add(iri(r, "unit"));
        }
        Set<String> named = new HashSet<>();
        select(knowledge, "twin-veto-units-named").forEach(r -> named.add(iri(r, "item")));
        return items.stream().map(i -> named.contains(i.iri())
                ? new Item(i.iri(), i.notation(), i.vetoEvent(), i.windowYears(), bound.getOrDefault(i.iri(), Set.of()))
                : i).toList();
    }

    static Query query(String name) {
        return TwinQueries.query(name);
    }

    static List<QuerySolution> select(Model model, String name) {
        return TwinQueries.select(model, name);
    }

    static String iri(QuerySolution row, String var) {
        return row.getResource(var).getURI();
    }

    private static List<String> values(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(Objects::nonNull).map(RDFNode::asLiteral)
                .map(l -> l.getString()).toList();
    }

    private static LocalDate quarterEnd(int y, int q) {
        return LocalDate.of(y, 3 * q, 1).plusMonths(1).minusDays(1);
    }
}
