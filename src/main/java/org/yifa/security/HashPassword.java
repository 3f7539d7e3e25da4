package org.yifa.security;

import java.io.Console;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.yifa.store.DataFiles;

/**
 * Makes the configuration lines for a user: a password hash (read from the console, or the first
 * argument) or, with {@code --token}, a fresh bearer token and its hash.
 */
public final class HashPassword {

    private HashPassword() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--token")) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            System.out.println("token (give it to the client, it is not stored): " + token);
            System.out.println("yifa.security.users.NAME.token-hash=" + DataFiles.sha256(token.getBytes(StandardCharsets.UTF_8)));
            return;
        }
        String password;
        Console console = System.console();
        if (args.length > 0) {
            password = args[0];
        } else if (console != null) {
            password = new String(console.readPassword("password: "));
        } else {
            System.err.println("usage: HashPassword <password> | HashPassword --token");
            System.exit(2);
            return;
        }
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        System.out.println("yifa.security.users.NAME.password-hash=" + hash);
    }
}
