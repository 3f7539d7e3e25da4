package org.yifa.unit;

/** A unit asked to be assessed for a year outside its days in service (retired, or not yet established). */
public class UnitNotAssessedException extends RuntimeException {

    private final String unitId;
    private final int year;
    private final UnitLifetimes.Lifetime lifetime;

    UnitNotAssessedException(String unitId, int year, UnitLifetimes.Lifetime lifetime, String message) {
        super(message);
        this.unitId = unitId;
        this.year = year;
        this.lifetime = lifetime;
    }

    public String unitId() {
        return unitId;
    }

    public int year() {
        return year;
    }

    /** The first day in service (yyyy-mm-dd), or empty when unknown. */
    public String validFrom() {
        return lifetime.from() == null ? "" : lifetime.from().toString();
    }

    /** The last day in service (yyyy-mm-dd), or empty while in service. */
    public String validUntil() {
        return lifetime.until() == null ? "" : lifetime.until().toString();
    }
}
