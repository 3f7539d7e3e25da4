package org.yifa.web;

import java.io.IOException;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yifa.testing.ServiceHttp;

/**
 * The one Chromium lifecycle of the browser test classes: a headless Chromium per class, started before its
 * first test where Chromium is installed (or on CI, where its absence fails the tests), each test skipped
 * without it, no console error left after a test, closed after the last one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChromiumTest {

    @LocalServerPort
    int port;

    Browser browser;
    /** The viewport of the running test, "WIDTHxHEIGHT", as set by {@link #at}. */
    String size;

    private final boolean checksConsole;

    ChromiumTest() {
        this(true);
    }

    /** @param checksConsole false for a class whose flows log console errors on purpose and check them itself */
    ChromiumTest(boolean checksConsole) {
        this.checksConsole = checksConsole;
    }

    static boolean chromiumExpected() {
        return Browser.chromiumPresent() || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @BeforeAll
    final void startChromium() throws IOException {
        if (chromiumExpected()) {
            browser = Browser.start(port); // fails under CI=true without Chromium
        }
    }

    @BeforeEach
    final void requireChromium() {
        Browser.requireChromium();
    }

    @AfterEach
    final void noConsoleErrorsLeft() {
        if (checksConsole && browser != null) {
            browser.assertNoConsoleErrors();
        }
    }

    @AfterAll
    final void stopChromium() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    /** The JSON object the service answers to an anonymous GET of {@code uri}, to check a page against. */
    Map<String, Object> api(String uri, Object... variables) {
        return ServiceHttp.object(port, uri, variables);
    }

    /** Sets the window to {@code viewport} ("1280x800") in the default language. */
    void at(String viewport) {
        size = viewport;
        String[] wh = viewport.split("x");
        browser.viewport(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        browser.resetLanguage();
    }
}
