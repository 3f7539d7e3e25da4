package org.yifa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.yifa.YifaApplication;

/**
 * The store every run starts from: the service's own start-up ingests the checklist, laws, links
 * and criteria into {@code bench/work/base/} once (about a minute); each run copies that directory
 * and its text index, and its start-up finds every graph current — or rebuilds those whose data
 * files have changed since, as on any restart. No city and no assessment is ever in the base.
 */
final class BaseStore {

    static final Path BASE = Benchmark.BENCH.resolve("work").resolve("base");
    private static final String DONE = "complete";

    private BaseStore() {
    }

    /** Copies the base store (making it first if need be) to {@code work/store} and {@code work/text-index}. */
    static void copyTo(Path work, Map<String, Object> details) throws IOException {
        if (!Files.exists(BASE.resolve(DONE))) {
            Bench.deleteTree(BASE);
            Files.createDirectories(BASE);
            Bench.log("ingesting the checklist, laws, links and criteria into %s (once)", BASE);
            long t = System.nanoTime();
            start(BASE.resolve("store"), Map.of()).close();
            details.put("base_ingest_ms", Math.round((System.nanoTime() - t) / 1e6));
            Files.writeString(BASE.resolve(DONE), "");
        }
        for (String dir : new String[] {"store", "text-index"}) {
            copy(BASE.resolve(dir), work.resolve(dir));
        }
    }

    /**
     * Starts the service on {@code store}, as {@code java -jar} would with these arguments: only the
     * shipped configuration (the test users of src/test/resources/config stay out), demo city off,
     * ports chosen freely, quiet logs; {@code more} added (or overriding).
     */
    static ConfigurableApplicationContext start(Path store, Map<String, String> more) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.config.location", "classpath:/application.properties");
        p.put("yifa.store.dir", store.toString());
        p.put("yifa.demo.enabled", "false");
        p.put("yifa.fuseki.port", "0");
        p.put("server.port", "0");
        p.put("spring.main.banner-mode", "off");
        p.put("logging.level.root", "warn");
        p.putAll(more);
        // As command-line arguments: they take precedence over application.properties.
        return new SpringApplicationBuilder(YifaApplication.class)
                .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private static void copy(Path from, Path to) throws IOException {
        Bench.deleteTree(to);
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
