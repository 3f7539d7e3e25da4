package org.yifa.plan;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.yifa.api.ApiProblem;
import org.yifa.evidence.UploadRejected;

/**
 * Errors of the plan and the preview as the rest of the API gives them: {@code {"message"}} (an unknown
 * unit, a year out of range), or an upload's {@code {"message", "errors"}}; JSON whatever the client accepts.
 */
// Before Spring's problem-details handler, which would otherwise answer these as application/problem+json.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {PlanController.class, PreviewController.class})
class PlanErrors {

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
        return ApiProblem.answer(e.getStatusCode(), e.getReason());
    }

    @ExceptionHandler(UploadRejected.class)
    ResponseEntity<ProblemDetail> rejected(UploadRejected e) {
        return e.answer();
    }
}
