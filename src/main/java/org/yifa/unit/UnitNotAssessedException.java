package org.yifa.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The answer to an assessment of that year: not assessed, not eligible, and why. */
    public Map<String, Object> json(String name) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unit", unitId);
        json.put("name", name);
        json.put("year", year);
        json.put("assessed", false);
        json.put("eligible", false);
        json.put("validFrom", lifetime.from() == null ? "" : lifetime.from().toString());
        json.put("validUntil", lifetime.until() == null ? "" : lifetime.until().toString());
        json.put("message", getMessage());
        json.put("vetoes", List.of());
        json.put("findings", List.of());
        return json;
    }
}
