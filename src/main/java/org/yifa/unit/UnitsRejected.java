package org.yifa.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yifa.evidence.Problem;

/**
 * A change to the city's units that was not made, with every problem found; the answer has the
 * shape of a rejected evidence upload: {@code {"message", "errors": [{"sheet", "row" | "record", "field", "message"}]}}.
 * The status is the HTTP answer: 400 bad input, 404 unknown unit, 409 a unit that cannot change this way,
 * 413 too large, 415 unsupported format.
 */
class UnitsRejected extends RuntimeException {

    private final int status;
    private final List<Problem> problems;

    UnitsRejected(int status, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    UnitsRejected(int status, String message) {
        this(status, message, List.of());
    }

    static UnitsRejected of(List<Problem> problems) {
        int n = problems.size();
        return new UnitsRejected(400, n + (n == 1 ? " problem" : " problems") + " in the units; nothing was written",
                problems);
    }

    int status() {
        return status;
    }

    List<Problem> problems() {
        return problems;
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message", getMessage());
        json.put("errors", problems.stream().map(Problem::json).toList());
        return json;
    }
}
