package org.yifa.evidence;

import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.yifa.api.ApiProblem;

/**
 * An upload that was not written, with every problem found in it. The status is the HTTP answer:
 * 400 bad content, 404 unknown unit, 413 too large, 415 unsupported format.
 */
public class UploadRejected extends RuntimeException {

    private final int status;
    private final List<Problem> problems;

    public UploadRejected(int status, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public UploadRejected(int status, String message) {
        this(status, message, List.of());
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A problem detail with {@code errors}: {@code [{"sheet", "row" | "line", "record", "field", "message"}, …]}. */
    public ResponseEntity<ProblemDetail> answer() {
        return ApiProblem.answer(status, getMessage(), problems.stream().map(Problem::json).toList());
    }

    @Override
    public String toString() {
        return status + " " + getMessage() + (problems.isEmpty() ? "" : " " + problems);
    }
}
