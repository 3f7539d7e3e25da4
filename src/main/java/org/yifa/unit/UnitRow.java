package org.yifa.unit;

import java.util.List;

/**
 * One unit as a source gives it, still as text: unit types as slugs of the unit-type scheme (or
 * their IRIs, from RDF), the parent by its id, dates as {@code yyyy-mm-dd}. Blank = absent.
 */
record UnitRow(At at, String id, String name, List<String> unitTypes, String parent, String creditCode,
               String validFrom, String validUntil) {
}
