package org.yifa.store.http;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.yifa.api.ApiProblem;
import org.yifa.store.CapabilityMissingException;
import org.yifa.store.StoreUnavailableException;

/**
 * A store that cannot answer now: 503 with {@code Retry-After} and the reason, whatever the endpoint; a
 * request that needs what the configured store does not offer: 501 Not Implemented with what is missing.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoreUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailableAdvice.class);

    @ExceptionHandler(StoreUnavailableException.class)
    void unavailable(StoreUnavailableException e, HttpServletResponse response) throws IOException {
        log.warn("503: {}", e.getMessage());
        StoreReadiness.unavailable(response, e.getMessage(), true);
    }

    @ExceptionHandler(CapabilityMissingException.class)
    ResponseEntity<ProblemDetail> missing(CapabilityMissingException e) {
        return ApiProblem.answer(HttpStatus.NOT_IMPLEMENTED, e.getMessage());
    }
}
