package org.yifa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * The configuration table of docs/operations.md against the code: every property it documents is one the
 * service binds, every property the service binds (or application.properties sets) is documented, and each
 * default the code declares is the default the table gives. An operator reads that table, not the code.
 */
class ConfigurationDocumentedTest {

    private static final Path OPERATIONS = Path.of("docs/operations.md");
    /** A row of the table: its first cell names one or more properties in backticks, the second the default. */
    private static final Pattern ROW = Pattern.compile("^\\| ((?:`[a-z][a-z0-9-]*\\.[a-z0-9.*A-Z-]*`(?:, )?)+) \\| (.*?) \\|");
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-z0-9.-]*)(?::([^}]*))?}");

    /** Documented property → its default cell. */
    private static Map<String, String> documented;
    /** Bound property → the default the code declares ({@code null}: none). */
    private static Map<String, String> bound;

    @BeforeAll
    static void read() throws Exception {
        documented = documented();
        bound = bound();
    }

    @Test
    void everyDocumentedPropertyIsBoundByTheService() {
        assertThat(documented).as("the configuration table of " + OPERATIONS).hasSizeGreaterThan(20);
        TreeSet<String> unbound = new TreeSet<>(documented.keySet());
        unbound.removeAll(bound.keySet());
        unbound.remove("server.port"); // Spring Boot's own
        assertThat(unbound).as("documented in " + OPERATIONS + " but bound nowhere in org.yifa").isEmpty();
    }

    @Test
    void everyBoundOrShippedPropertyIsDocumented() throws IOException {
        TreeSet<String> names = new TreeSet<>(bound.keySet());
        Properties shipped = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            shipped.load(in);
        }
        shipped.stringPropertyNames().stream()
                .filter(n -> !n.startsWith("spring.") && !n.startsWith("server.error."))
                .forEach(names::add);
        names.removeAll(documented.keySet());
        assertThat(names).as("bound or set in application.properties, missing from " + OPERATIONS).isEmpty();
    }

    @Test
    void everyDefaultInTheCodeIsTheDocumentedDefault() {
        List<String> wrong = new ArrayList<>();
        bound.forEach((name, value) -> {
            String cell = documented.get(name);
            if (value != null && !value.isBlank() && cell != null && !cell.contains("`" + value + "`")) {
                wrong.add(name + ": code " + value + ", docs " + cell);
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static Map<String, String> documented() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (String line : Files.readAllLines(OPERATIONS, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                Matcher name = NAME.matcher(row.group(1));
                while (name.find()) {
                    rows.put(name.group(1), row.group(2));
                }
            }
        }
        return rows;
    }

    /** Properties of @ConfigurationProperties classes and @Value placeholders in every class of org.yifa. */
    private static Map<String, String> bound() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        Map<String, String> names = new TreeMap<>();
        for (BeanDefinition d : scanner.findCandidateComponents("org.yifa")) {
            Class<?> type = ClassUtils.forName(d.getBeanClassName(), ConfigurationDocumentedTest.class.getClassLoader());
            if (!type.getProtectionDomain().getCodeSource().getLocation().getPath().endsWith("/classes/")) {
                continue; // the service's own classes, not the tests'
            }
            ConfigurationProperties props = type.getAnnotation(ConfigurationProperties.class);
            if (props != null && type.isRecord()) {
                String prefix = props.value().isEmpty() ? props.prefix() : props.value();
                RecordComponent[] components = type.getRecordComponents();
                Parameter[] canonical = type.getDeclaredConstructor(
                        Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new)).getParameters();
                for (int i = 0; i < components.length; i++) {
                    RecordComponent c = components[i];
                    String name = prefix + "." + kebab(c.getName());
                    if (Map.class.isAssignableFrom(c.getType())) {
                        // yifa.security.users: one entry per user, documented as users.NAME.*
                        name += ".NAME.*";
                    }
                    DefaultValue dv = canonical[i].getAnnotation(DefaultValue.class);
                    names.put(name, dv == null || dv.value().length == 0 ? null : dv.value()[0]);
                }
            }
            List<AnnotatedElement> elements = new ArrayList<>(List.of(type.getDeclaredFields()));
            for (Executable e : Stream.concat(Stream.of(type.getDeclaredConstructors()), Stream.of(type.getDeclaredMethods())).toList()) {
                elements.addAll(List.of(e.getParameters()));
            }
            for (AnnotatedElement e : elements) {
                Value value = e.getAnnotation(Value.class);
                if (value != null) {
                    Matcher m = PLACEHOLDER.matcher(value.value());
                    while (m.find()) {
                        names.put(m.group(1), m.group(2));
                    }
                }
            }
        }
        return names;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
