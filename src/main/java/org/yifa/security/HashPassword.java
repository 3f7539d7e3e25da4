package org.yifa.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.yifa.store.load.DataFiles;

/**
 * Makes the configuration lines for a user: a password hash or, with {@code --token}, a fresh bearer
 * token and its hash. The password is never an argument (it would stay in the shell's history and show
 * in process lists): it is read from the console without echo, or from the first line of standard input
 * when there is no console ({@code … HashPassword < file}, or piped from a password manager).
 */
public final class HashPassword {

    static final String USAGE = "usage: HashPassword            (asks for the password, or reads it from standard input)\n"
            + "       HashPassword --token    (prints a fresh bearer token and its hash)";

    private HashPassword() {
    }

    public static void main(String[] args) {
        int status = run(args, System.console(), System.in, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The tool with its console (null when there is none) and streams; answers the exit status. */
    static int run(String[] args, Console console, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 1 && args[0].equals("--token")) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            out.println("token (give it to the client, it is not stored): " + token);
            out.println("yifa.security.users.NAME.token-hash=" + DataFiles.sha256(token.getBytes(StandardCharsets.UTF_8)));
            return 0;
        }
        if (args.length > 0) {
            // Not even echoed back: the argument may be the password itself.
            err.println("HashPassword takes no password argument (it would be kept in the shell's history and "
                    + "be visible to other users in the process list); run it without one and type the password.\n" + USAGE);
            return 2;
        }
        String password = console != null ? readConsole(console) : readLine(in, err);
        if (password == null) {
            return 2;
        }
        if (password.isEmpty()) {
            err.println("The password is empty; nothing was made.");
            return 2;
        }
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        out.println("yifa.security.users.NAME.password-hash=" + hash);
        return 0;
    }

    private static String readConsole(Console console) {
        char[] first = console.readPassword("password: ");
        char[] again = console.readPassword("again: ");
        if (first == null || again == null) {
            return null;
        }
        if (!new String(first).equals(new String(again))) {
            console.printf("The two passwords differ; nothing was made.%n");
            return null;
        }
        return new String(first);
    }

    /** The first line of standard input, without its line end. */
    private static String readLine(InputStream in, PrintStream err) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                err.println("No console and nothing on standard input: type the password when asked, or pipe it in.\n" + USAGE);
            }
            return line;
        } catch (IOException e) {
            err.println("Could not read standard input: " + e.getMessage());
            return null;
        }
    }
}
