package org.yifa.api;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The servlet container's own errors (a request the firewall rejects, a {@code sendError} of a filter) as
 * problem+json too: Boot would answer them with its own JSON or a white-label page.
 */
@Hidden
@Controller
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = code instanceof Integer c && c >= 400 ? HttpStatusCode.valueOf(c) : HttpStatus.INTERNAL_SERVER_ERROR;
        // Without a message of the container's, the problem's detail is its status's title (ApiProblem.of).
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        ApiProblem.write(response, status, message instanceof String m ? m : null);
    }
}
