package org.yifa.unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.yifa.query.QueryLibrary;
import org.yifa.store.Store;

/**
 * Which years a unit is assessed for: those whose assessment date, 31 December, falls within its days in
 * service ({@code yf:unitValidFrom} … {@code yf:unitValidUntil}, both optional). A unit retired during a
 * year is not assessed for it; one established during a year is. The dates are kept until the store changes.
 */
@Component
public class UnitLifetimes {

    private final QueryLibrary queries;
    private final Store store;
    private volatile Kept kept;

    /** First and last day in service, either null when open. */
    public record Lifetime(LocalDate from, LocalDate until) {
    }

    private record Kept(long version, Map<String, Lifetime> lifetimes) {
    }

    UnitLifetimes(QueryLibrary queries, Store store) {
        this.queries = queries;
        this.store = store;
    }

    /** Why the unit is not assessed for {@code year}, or empty when it is. */
    public Optional<UnitNotAssessedException> notAssessed(String unitId, int year) {
        Lifetime life = lifetimes().get(unitId);
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

    private Map<String, Lifetime> lifetimes() {
        long version = store.dataVersion();
        Kept current = kept;
        if (current != null && version >= 0 && current.version() == version) {
            return current.lifetimes();
        }
        Kept read = store.read(() -> {
            Map<String, Lifetime> all = new HashMap<>();
            queries.select("units-lifetimes").forEach(r -> all.put(r.getLiteral("unitId").getLexicalForm(),
                    new Lifetime(date(r.getLiteral("validFrom")), date(r.getLiteral("validUntil")))));
            return new Kept(store.dataVersion(), Map.copyOf(all));
        });
        kept = read;
        return read.lifetimes();
    }

    private static LocalDate date(org.apache.jena.rdf.model.Literal literal) {
        return literal == null ? null : LocalDate.parse(literal.getLexicalForm());
    }
}
