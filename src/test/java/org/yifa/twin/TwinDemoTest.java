package org.yifa.twin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.YifaSpringTest;

@YifaSpringTest
class TwinDemoTest {

    static final String UNIT = "https://w3id.org/yifa/id/unit/";

    @Autowired
    Dataset store;

    @Test
    void demo() {
        Twin twin = new Twin(Knowledge.of(store));
        Model city = Knowledge.graph(store, "demo");
        for (int year : new int[] {2024, 2025}) {
            long start = System.nanoTime();
            Map<String, Twin.Assessment> result = twin.assess(city, year);
            System.out.printf("twin %d: %d ms%n", year, (System.nanoTime() - start) / 1_000_000);
            result.forEach((u, a) -> {
                Map<String, Long> counts = new java.util.TreeMap<>(a.criteria().values().stream()
                        .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting())));
                Map<String, Long> items = new java.util.TreeMap<>(a.items().values().stream()
                        .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting())));
                System.out.println(u + " " + year + " " + counts + " items " + items + " vetoes " + a.vetoes() + " eligible " + a.eligible());
            });
        }
        assertThat(twin.checklist().criteria).isNotEmpty();
    }
}
