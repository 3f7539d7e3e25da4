package org.yifa.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.http.HttpStatus;
import org.yifa.api.ApiProblem;

/** Authenticates {@code Authorization: Bearer <token>} against the configured token hashes. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final Users users;

    BearerTokenFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            var user = users.byToken(header.substring("Bearer ".length()).strip());
            if (user.isEmpty()) {
                ApiProblem.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized: unknown bearer token");
                return;
            }
            var auth = new UsernamePasswordAuthenticationToken(user.get().name(), null,
                    Users.authorities(users.get(user.get().name())));
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }
}
