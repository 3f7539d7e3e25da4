package org.yifa.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.yifa.store.load.DataFiles;

/** The configured users, looked up by name (passwords) or by token. */
@Component
class Users implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(Users.class);

    private final Map<String, SecurityProperties.User> users;

    Users(SecurityProperties properties) {
        this.users = properties.users();
        users.forEach((name, u) -> {
            if (!List.of("assessor", "admin").contains(u.role())) {
                throw new IllegalStateException("yifa.security.users." + name + ".role must be assessor or admin, not " + u.role());
            }
        });
        if (users.isEmpty()) {
            log.warn("""
                    No users are configured, so nothing can be written (reading stays open). To add one:
                      1. make a password hash:  java -cp target/yifa-0.1.0-SNAPSHOT.jar -Dloader.main=org.yifa.security.HashPassword \\
                             org.springframework.boot.loader.launch.PropertiesLauncher
                      2. start with:  --yifa.security.users.admin.password-hash='{bcrypt}…' --yifa.security.users.admin.role=admin""");
        }
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        SecurityProperties.User u = users.get(name);
        if (u == null || u.passwordHash() == null) {
            throw new UsernameNotFoundException(name);
        }
        return User.withUsername(name).password(u.passwordHash()).authorities(authorities(u)).build();
    }

    Optional<YifaUser> byToken(String token) {
        String hash = DataFiles.sha256(token.getBytes(StandardCharsets.UTF_8));
        return users.entrySet().stream().filter(e -> hash.equalsIgnoreCase(e.getValue().tokenHash()))
                .findFirst().map(e -> yifaUser(e.getKey()));
    }

    YifaUser yifaUser(String name) {
        SecurityProperties.User u = users.get(name);
        return new YifaUser(name, u.role(), List.copyOf(u.units()));
    }

    static List<GrantedAuthority> authorities(SecurityProperties.User u) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + u.role().toUpperCase()));
    }

    SecurityProperties.User get(String name) {
        return users.get(name);
    }
}
