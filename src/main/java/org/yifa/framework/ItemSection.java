package org.yifa.framework;

/**
 * A part of the item API's answer contributed by another feature (legal provisions, criteria …),
 * so {@code GET /api/items/{notation}} grows without this package knowing the features.
 */
public interface ItemSection {

    /** The JSON field it fills, e.g. {@code provisions}. */
    String name();

    /** The field's value for one item: a list or object that Jackson can write. */
    Object describe(String itemIri, String notation);
}
