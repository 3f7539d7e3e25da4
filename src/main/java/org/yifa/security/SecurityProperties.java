package org.yifa.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may write, from configuration. No user is shipped: without one, the service only reads.
 *
 * <pre>
 * yifa.security.users.li.password-hash={bcrypt}$2a$10$…   # java … org.yifa.security.HashPassword makes one
 * yifa.security.users.li.role=assessor                      # assessor or admin
 * yifa.security.users.li.units=sfj,dc                       # an assessor's units; empty = all units
 * yifa.security.users.ci.token-hash=…                       # or a bearer token, stored as its SHA-256
 * </pre>
 */
@ConfigurationProperties("yifa.security")
public record SecurityProperties(@DefaultValue Map<String, User> users) {

    /**
     * @param passwordHash a {@code {bcrypt}…} (or other {@code {id}}-prefixed) password hash
     * @param tokenHash    hex SHA-256 of a bearer token
     * @param role         {@code assessor} or {@code admin}
     * @param units        the unit ids an assessor may write for; empty for all
     */
    public record User(String passwordHash, String tokenHash, @DefaultValue("assessor") String role,
                       @DefaultValue List<String> units) {
    }
}
