package org.yifa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No package of src/main depends on itself through others: each package's dependencies are read from
 * its sources ({@code import org.yifa.…} lines and fully qualified {@code org.yifa.….Type} names), and
 * the strongly connected components of that graph must all be single packages.
 */
class PackageCyclesTest {

    private static final Path MAIN = Path.of("src/main/java/org/yifa");

    /** A package name followed by a type (upper case): {@code org.yifa.store.Store}, {@code org.yifa.query.*} too. */
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.yifa((?:\\.[a-z][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");

    @Test
    void noPackageOfTheServiceDependsOnItself() throws IOException {
        Map<String, Set<String>> dependencies = dependencies(MAIN);
        assertThat(dependencies).as("packages read from " + MAIN).containsKeys("org.yifa.store", "org.yifa.query");
        List<Set<String>> cycles = cycles(dependencies);
        assertThat(cycles).as("package cycles in src/main (each with the packages it joins)").isEmpty();
    }

    @Test
    void theCheckFindsACycleThroughThreePackages() {
        Map<String, Set<String>> graph = Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertThat(cycles(graph)).containsExactly(Set.of("a", "b", "c"));
        assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
    }

    @Test
    void referencesAreReadFromImportsAndQualifiedNames() {
        assertThat(references("import org.yifa.query.QueryLibrary;\nimport static org.yifa.rdf.Yf.NS;\n"
                + "org.yifa.api.ApiProblem.answer(1, \"\"); import org.yifa.lod.*;"))
                .containsExactlyInAnyOrder("org.yifa.query", "org.yifa.rdf", "org.yifa.api", "org.yifa.lod");
    }

    /** Package → the other packages of the service that its sources name. */
    static Map<String, Set<String>> dependencies(Path root) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = "org.yifa" + (file.getParent().equals(root) ? ""
                        : "." + root.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), "."));
                Set<String> used = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
                references(Files.readString(file)).stream().filter(p -> !p.equals(pkg)).forEach(used::add);
            }
        }
        return graph;
    }

    static Set<String> references(String source) {
        Set<String> packages = new TreeSet<>();
        Matcher m = REFERENCE.matcher(source);
        while (m.find()) {
            packages.add("org.yifa" + m.group(1));
        }
        return packages;
    }

    /** The strongly connected components of more than one package (Tarjan). */
    static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> found = new ArrayList<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, found);
            }
        }
        return found;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, List<Set<String>> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}
