package org.yifa.store.http;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.yifa.api.ApiProblem;
import org.yifa.store.StoreUnavailableException;

/**
 * Whether the store is loaded. Until it is (a remote store that was down at start-up), requests that
 * need the store are answered 503 with {@code Retry-After} and what is wrong; pages and scripts are not.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StoreReadiness extends OncePerRequestFilter {

    /** Paths answered from the store. */
    private static final List<String> STORE_PATHS = List.of("/api/", "/sparql", "/id/", "/ont", "/shapes", "/graph/",
            "/void", "/downloads");

    private volatile boolean ready;
    private volatile String problem = "The store is being loaded";
    private volatile boolean failed;

    public void ready() {
        ready = true;
    }

    public void loading(String why) {
        problem = "The store is not loaded yet: " + why;
    }

    public void failed(String why) {
        failed = true;
        problem = "Loading the store failed: " + why;
    }

    public boolean isReady() {
        return ready;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ready || !needsStore(request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        unavailable(response, problem, !failed);
    }

    /** {@code /sparql}, {@code /ont}, {@code /void} … themselves, or anything below a path of {@link #STORE_PATHS}. */
    private static boolean needsStore(String path) {
        for (String p : STORE_PATHS) {
            String base = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
            if (path.equals(base) || path.startsWith(base + "/") || path.startsWith(base + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Answers 503 with a JSON message, and {@code Retry-After} when waiting helps. */
    static void unavailable(HttpServletResponse response, String message, boolean retry) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        if (retry) {
            response.setHeader("Retry-After", String.valueOf(StoreUnavailableException.RETRY_AFTER_SECONDS));
        }
        // The API's error contract, written to the response: this also answers before Spring MVC.
        ApiProblem.write(response, HttpStatus.SERVICE_UNAVAILABLE, message);
    }
}
