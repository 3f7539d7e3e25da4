package org.yifa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password of a new user never travels as an argument: it comes from the console or standard input. */
class HashPasswordTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return HashPassword.run(args, null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String hashIn(String output) {
        return output.lines().filter(l -> l.startsWith("yifa.security.users.NAME.password-hash="))
                .map(l -> l.substring(l.indexOf('=') + 1)).findFirst().orElseThrow();
    }

    @Test
    void withoutAConsoleThePasswordIsTheFirstLineOfStandardInput() {
        assertThat(run("Correct horse 电池\nsecond line\n")).isZero();
        String hash = hashIn(out.toString(StandardCharsets.UTF_8));
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(ENCODER.matches("Correct horse 电池", hash)).isTrue();
        assertThat(ENCODER.matches("second line", hash)).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Correct horse");
    }

    @Test
    void aPasswordGivenAsAnArgumentIsRefusedAndNotEchoed() {
        assertThat(run("", "s3cret-on-the-command-line")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no password argument")
                .doesNotContain("s3cret-on-the-command-line");
    }

    @Test
    void emptyInputMakesNoHash() {
        assertThat(run("")).isEqualTo(2);
        assertThat(run("\n")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aTokenIsPrintedWithItsHash() {
        assertThat(run("", "--token")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("token-hash=[0-9a-f]{64}");
    }

    /** The real tool in a JVM of its own, the password piped in (no console there), as docs/operations.md (Security) shows it. */
    @Test
    void theToolReadsAPipedPasswordInItsOwnProcess() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                HashPassword.class.getName())).redirectErrorStream(true).start();
        process.getOutputStream().write("piped-password\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(ENCODER.matches("piped-password", hashIn(output))).isTrue();
    }
}
