package org.yifa.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of an upload. A field already found wrong at a place is reported once:
 * the first, most specific message wins (a later SHACL result on the same field adds nothing).
 */
final class Problems {

    private final List<Problem> problems = new ArrayList<>();
    private final Set<List<Object>> seen = new HashSet<>();

    void add(Position at, String field, String message) {
        List<Object> key = java.util.Arrays.asList(at, field);
        if (field == null || seen.add(key)) {
            problems.add(at.problem(field, message));
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    List<Problem> list() {
        return List.copyOf(problems);
    }
}
