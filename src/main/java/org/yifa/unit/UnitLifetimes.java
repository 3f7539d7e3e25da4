package org.yifa.unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.yifa.query.QueryLibrary;
import org.yifa.store.Store;

/**
 * Which years a unit is assessed for, and as what kind. A year is assessed when its assessment date,
 * 31 December, falls within the unit's days in service ({@code yf:unitValidFrom} … {@code yf:unitValidUntil},
 * both optional): a unit retired during a year is not assessed for it, one established during a year is.
 * It is assessed with the kinds it had on that date ({@code yf:formerUnitTypes} before a retyping). Read
 * again whenever the store changes.
 */
@Component
public class UnitLifetimes {

    private final QueryLibrary queries;
    private final Store store;
    private volatile Snapshot kept;
    private final Object reading = new Object();

    /** First and last day in service, either null when open. */
    public record Lifetime(LocalDate from, LocalDate until) {
    }

    /** The dates and former kinds of every unit as read at one data version of the store. */
    public record Snapshot(long version, Map<String, Lifetime> lifetimes,
                           Map<String, java.util.NavigableMap<LocalDate, Set<String>>> former) {

        /** Why the unit is not assessed for {@code year}, or empty when it is. */
        public Optional<UnitNotAssessedException> notAssessed(String unitId, int year) {
            Lifetime life = lifetimes.get(unitId);
            if (life == null) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(year, 12, 31);
            if (life.until() != null && life.until().isBefore(date)) {
                return Optional.of(new UnitNotAssessedException(unitId, year, life, "unit '" + unitId
                        + "' was retired: its last day in service was " + life.until() + ", before the assessment date "
                        + date + ", so it is not assessed for " + year + " (its records and earlier rounds are kept)"));
            }
            if (life.from() != null && life.from().isAfter(date)) {
                return Optional.of(new UnitNotAssessedException(unitId, year, life, "unit '" + unitId
                        + "' is in service only from " + life.from() + ", after the assessment date " + date
                        + ", so it is not assessed for " + year));
            }
            return Optional.empty();
        }

        public boolean assessed(String unitId, int year) {
            return notAssessed(unitId, year).isEmpty();
        }

        /**
         * The unit types the unit had on the assessment date of {@code year}: those of the first former period
         * that lasted until that date or later, else its present ones ({@code current}).
         */
        public Set<String> typesIn(String unitId, int year, Set<String> current) {
            var periods = former.get(unitId);
            if (periods == null) {
                return current;
            }
            var period = periods.ceilingEntry(LocalDate.of(year, 12, 31));
            return period == null ? current : period.getValue();
        }
    }

    UnitLifetimes(QueryLibrary queries, Store store) {
        this.queries = queries;
        this.store = store;
    }

    /** As {@link Snapshot#notAssessed}, at the store's present state. */
    public Optional<UnitNotAssessedException> notAssessed(String unitId, int year) {
        return current().notAssessed(unitId, year);
    }

    public boolean assessed(String unitId, int year) {
        return current().assessed(unitId, year);
    }

    /**
     * Every unit's dates and former kinds, kept until the store changes (on a remote store, which cannot
     * tell, read each time: take one snapshot for a whole city).
     */
    public Snapshot current() {
        long version = store.dataVersion();
        Snapshot current = kept;
        if (current != null && version >= 0 && current.version() == version) {
            return current;
        }
        if (version < 0) {
            return read();
        }
        // One reader reads again; the others wait for its snapshot rather than read it too.
        synchronized (reading) {
            current = kept;
            if (current != null && current.version() >= version) {
                return current;
            }
            return read();
        }
    }

    private Snapshot read() {
        Snapshot read = store.read(() -> {
            Map<String, Lifetime> all = new HashMap<>();
            queries.select("units-lifetimes").forEach(r -> all.put(r.getLiteral("unitId").getLexicalForm(),
                    new Lifetime(date(r.getLiteral("validFrom")), date(r.getLiteral("validUntil")))));
            Map<String, java.util.NavigableMap<LocalDate, Set<String>>> former = new HashMap<>();
            queries.select("units-former-types").forEach(r -> former
                    .computeIfAbsent(r.getLiteral("unitId").getLexicalForm(), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(date(r.getLiteral("until")), k -> new java.util.LinkedHashSet<>())
                    .add(r.getResource("type").getURI()));
            return new Snapshot(store.dataVersion(), Map.copyOf(all), Map.copyOf(former));
        });
        kept = read;
        return read;
    }

    /**
     * Tells the kept snapshot that the writes between data versions {@code before} and {@code after}
     * changed no unit's dates or kinds (the engine's own rounds, uploads of records), so it stays current
     * without a re-read.
     */
    public void unchangedBy(long before, long after) {
        Snapshot current = kept;
        if (current != null && before >= 0 && before <= current.version() && current.version() < after) {
            kept = new Snapshot(after, current.lifetimes(), current.former());
        }
    }

    private static LocalDate date(org.apache.jena.rdf.model.Literal literal) {
        return literal == null ? null : LocalDate.parse(literal.getLexicalForm());
    }
}
