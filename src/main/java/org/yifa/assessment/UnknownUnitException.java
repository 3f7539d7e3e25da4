package org.yifa.assessment;

/** A unit id that no unit in the store has. */
public class UnknownUnitException extends RuntimeException {

    public UnknownUnitException(String unitId) {
        super("No unit with id '" + unitId + "'; GET /api/units lists them");
    }
}
