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
                .httpBasic(basic -> basic.realmName("yifa"))
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
