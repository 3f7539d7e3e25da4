package org.yifa.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port, with its own TDB2 store under {@code target/test-store/} and
 * Fuseki on a free port. Every test class with this annotation shares one running service (Spring's
 * context cache). A class that truly needs a store or settings of its own adds
 * {@code @TestPropertySource(properties = ...)}: every distinct property set boots one more service, so
 * classes that can share one use the same set (e.g. {@code yifa.test.store=units}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"yifa.fuseki.port=0", "yifa.store.dir=target/test-store/${random.uuid}"})
public @interface YifaSpringTest {
}
