package org.yifa.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring's own errors (a missing or ill-typed parameter, an unknown path, a {@code ResponseStatusException}) as
 * {@link ApiProblem}s: problem details with the {@code message} member. Replaces Boot's problem-details handler.
 */
@RestControllerAdvice
class ProblemAnswers extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            String detail = problem.getDetail() == null ? problem.getTitle() : problem.getDetail();
            problem.setDetail(detail);
            problem.setProperty("message", detail);
            HttpHeaders json = new HttpHeaders();
            json.putAll(headers);
            json.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(problem, json, status);
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
