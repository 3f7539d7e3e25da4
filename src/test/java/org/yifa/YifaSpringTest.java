package org.yifa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port, with its own TDB2 store under {@code target/test-store/} and
 * Fuseki on a free port. Every test class with this annotation shares one running service.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"yifa.fuseki.port=0", "yifa.store.dir=target/test-store/${random.uuid}"})
public @interface YifaSpringTest {
}
