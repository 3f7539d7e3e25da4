package org.yifa.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one error contract of the JSON API: RFC 9457 {@code application/problem+json} ({@code type}, {@code title},
 * {@code status}, {@code detail}) with the extension member {@code message} (the detail again, the member the
 * clients read since before) and, for a rejected upload, {@code errors} (one member per row, line or record).
 */
public final class ApiProblem {

    private ApiProblem() {
    }

    /** The problem as an answer, {@code application/problem+json} whatever the client accepts. */
    public static ResponseEntity<ProblemDetail> answer(int status, String message) {
        return answer(HttpStatusCode.valueOf(status), message);
    }

    public static ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String message) {
        return answer(of(status, message));
    }

    /** An upload's problem: the message and what is wrong where ({@code errors}). */
    public static ResponseEntity<ProblemDetail> answer(int status, String message, List<?> errors) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(status), message);
        problem.setProperty("errors", errors);
        return answer(problem);
    }

    /**
     * Writes the problem straight to a servlet response, for answers made outside Spring MVC's handlers (the
     * security filters) or by handlers that write their own bodies (the linked-data pages).
     */
    public static void write(HttpServletResponse response, HttpStatusCode status, String message) throws IOException {
        ProblemDetail problem = of(status, message);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
        String json = "{\"type\":\"about:blank\",\"title\":" + quoted(problem.getTitle()) + ",\"status\":" + status.value()
                + ",\"detail\":" + quoted(problem.getDetail()) + ",\"message\":" + quoted(problem.getDetail()) + "}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string (RFC 8259 §7). */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ProblemDetail of(HttpStatusCode status, String message) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        String detail = message == null || message.isBlank() ? problem.getTitle() : message;
        problem.setDetail(detail);
        problem.setProperty("message", detail);
        return problem;
    }
}
