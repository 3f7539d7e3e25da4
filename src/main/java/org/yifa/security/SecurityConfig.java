package org.yifa.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.yifa.api.ApiProblem;

/**
 * Reading is open: pages, the framework and law API, library queries and SPARQL queries. Writing
 * (evidence, judgements, veto events) needs an assessor for the unit or an admin; administration
 * (backup, restore) needs an admin. Anything else that is not a read is refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, Users users, UnitWriteAccess unitAccess) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("yifa").authenticationEntryPoint(SecurityConfig::unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfig::unauthenticated)
                        .accessDeniedHandler((request, response, denied) -> ApiProblem.write(response, HttpStatus.FORBIDDEN,
                                "Forbidden: this user may not " + request.getMethod() + " " + request.getRequestURI())))
                .addFilterBefore(new BearerTokenFilter(users), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/units/{unit}/evidence").access(unitAccess)
                        // A preview parses an upload as the upload does; the same users may ask for it.
                        .requestMatchers(HttpMethod.POST, "/api/units/{unit}/assessment/preview").access(unitAccess)
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        // SPARQL queries may be POSTed (form or body); the endpoint itself refuses updates (403) and other methods (405).
                        .requestMatchers("/sparql").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    /**
     * 401 as problem+json like every other error of the API, with the Basic challenge unless the page's own script
     * asks ({@code X-Requested-With: XMLHttpRequest}, as Spring Security's default): a challenge would make the
     * browser open its login dialog over the page's own sign-in.
     */
    static void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"yifa\"");
        }
        ApiProblem.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized: " + e.getMessage()
                + "; sign in with HTTP Basic or a bearer token");
    }

    /** Linked-data paths may percent-encode a dot, as in {@code /id/model-unit-goals/item/1%2E4}. */
    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedPeriod(true);
        return firewall;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
