package org.yifa.framework;

import org.yifa.rdf.Yf;

/**
 * The IRIs of one framework's resources. They derive from notations only, so re-ingesting the same
 * document gives the same IRIs: {@code …/id/model-unit-goals/item/1.4}, {@code …/goal/1-1}, {@code …/area/1}.
 */
public record FrameworkIris(String slug) {

    public String framework() {
        return Yf.ID + slug;
    }

    public String graph() {
        return Yf.GRAPH + "framework/" + slug;
    }

    public String area(int area) {
        return framework() + "/area/" + area;
    }

    public String goal(int area, int goal) {
        return framework() + "/goal/" + area + "-" + goal;
    }

    public String item(String notation) {
        return framework() + "/item/" + notation;
    }

    public String ingestion() {
        return framework() + "/ingestion";
    }

    public String source() {
        return framework() + "/source";
    }

    public String repair(int n) {
        return framework() + "/repair/" + n;
    }
}
