package org.yifa.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.testing.YifaSpringTest;
import org.yifa.query.QueryLibrary;

/**
 * {@code data/demo/city.ttl} is exactly what the generator writes for the checklist in the store, so
 * that the demo stays true to the criteria. After a change to the criteria, regenerate it with
 * {@code ./mvnw -q -o -B test -Dtest=DemoCityFileTest -Dyifa.demo.regenerate=true}.
 */
@YifaSpringTest
class DemoCityFileTest {

    static final Path FILE = Path.of(DemoCity.FILE);

    @Autowired
    QueryLibrary queries;

    @Test
    void theCommittedDemoCityIsWhatTheGeneratorWrites() throws IOException {
        String generated = DemoCity.turtle(CriteriaCatalog.read(queries));
        if (Boolean.getBoolean("yifa.demo.regenerate")) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("%s is stale: regenerate it with ./mvnw -q -o -B test -Dtest=DemoCityFileTest -Dyifa.demo.regenerate=true",
                        DemoCity.FILE)
                .isEqualTo(generated);
    }
}
