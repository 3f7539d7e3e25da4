package org.yifa.evidence;

/** An assessed unit as found in the store (in any graph). */
record Unit(String id, String iri, String label) {

    /** The named graph that uploads for this unit go into. */
    String evidenceGraph() {
        return org.yifa.rdf.Yf.GRAPH + "evidence/" + id;
    }
}
