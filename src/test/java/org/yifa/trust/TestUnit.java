package org.yifa.trust;

import java.util.List;
import java.util.UUID;

import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A unit of a test class's own in the test server's store ({@link Units}): written before the class's
 * tests, removed with everything uploaded for it after them. Register it on a field of a
 * {@code PER_CLASS} test: {@code @RegisterExtension final TestUnit unit = new TestUnit("trust-load-");}.
 */
final class TestUnit implements BeforeAllCallback, AfterAllCallback {

    private final String id;

    TestUnit(String prefix) {
        this.id = prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    String id() {
        return id;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Units.write(dataset(context), List.of(id));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Units.remove(dataset(context), List.of(id));
    }

    private static Dataset dataset(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(Dataset.class);
    }
}
