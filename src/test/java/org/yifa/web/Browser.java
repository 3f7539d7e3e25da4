package org.yifa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (the Debian {@code chromium} and {@code chromium-driver} packages) driven
 * through chromedriver at an explicit path, so Selenium Manager never runs and nothing is downloaded.
 * Where Chromium is missing the tests are skipped — except under {@code CI=true}, where they fail.
 */
final class Browser implements AutoCloseable {

    /** The Debian binaries; the system properties yifa.chromium and yifa.chromedriver point elsewhere. */
    static final Path CHROMIUM = Path.of(System.getProperty("yifa.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("yifa.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Path DOWNLOADS = Path.of("target/downloads");

    final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Skips the calling tests when Chromium is not installed, or fails them when CI=true. */
    static void requireChromium() {
        boolean present = chromiumPresent();
        String missing = "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install -y chromium chromium-driver";
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(missing + " — required on CI (CI=true)");
        }
        if (!present) {
            System.err.println("SKIPPED: " + missing + "; browser tests skipped");
        }
        Assumptions.assumeTrue(present, missing + "; browser tests skipped");
    }

    static boolean chromiumPresent() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser start(int port) throws IOException {
        requireChromium();
        Path profile = Files.createTempDirectory("yifa-chromium-");
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,800");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", DOWNLOADS.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port, profile);
    }

    /** The viewport as on a desktop (1280×800) or a phone (390×844), whatever the window's minimum size. */
    void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Back to the default language (Chinese), whatever an earlier flow left in localStorage. */
    void resetLanguage() {
        driver.get(base + "/favicon.svg");
        js("localStorage.removeItem('yifa.lang')");
    }

    void open(String hashRoute) {
        driver.get(base + "/" + hashRoute);
        // A change of hash alone does not reload the page: reload, so each flow starts afresh.
        driver.navigate().refresh();
        waitFor(By.cssSelector("#view .page"));
    }

    WebElement waitFor(By by) {
        return onTimeout(by.toString(), () -> new WebDriverWait(driver, Duration.ofSeconds(40))
                .until(ExpectedConditions.visibilityOfElementLocated(by)));
    }

    void waitUntil(String what, Predicate<ChromeDriver> condition) {
        onTimeout(what, () -> new WebDriverWait(driver, Duration.ofSeconds(40)).withMessage(what)
                .until(d -> condition.test(driver)));
    }

    /** A wait that times out leaves a screenshot of what the page showed instead. */
    private <T> T onTimeout(String what, java.util.function.Supplier<T> wait) {
        try {
            return wait.get();
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + what.replaceAll("[^\\w-]+", "_"));
            throw e;
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void screenshot(String name) {
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails on any SEVERE entry of the browser console since the last call, except those the flow
     * caused on purpose (e.g. the 400 answer to a bad upload), matched by {@code expected}.
     */
    void assertNoConsoleErrors(Predicate<String> expected) {
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(expected.negate())
                .toList();
        assertThat(severe).as("console errors").isEmpty();
    }

    void assertNoConsoleErrors() {
        assertNoConsoleErrors(m -> false);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
