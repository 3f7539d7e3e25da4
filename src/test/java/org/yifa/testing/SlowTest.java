package org.yifa.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * The slow layer: crash, load, fuzz, browser, remote-store, twin and outside-client tests, and any class that
 * boots a store of its own or takes more than 20 s. {@code ./mvnw test} leaves them out; {@code ./mvnw verify}
 * runs them after the fast layer (docs/testing.md).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(SlowTest.TAG)
public @interface SlowTest {

    /** The JUnit tag the build selects on (pom.xml, surefire executions). */
    String TAG = "slow";
}
