package org.yifa.criteria;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yifa.store.InvalidInputException;

/**
 * A YAML document read as nodes that remember their line, so that every complaint about a curated
 * file names the line and the field.
 */
final class YamlTree {

    private final String file;
    private final Node node;
    private final String path;

    private YamlTree(String file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    static YamlTree parse(String file, String text) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (root == null) {
                throw new InvalidInputException(file, 0, "the file is empty");
            }
            return new YamlTree(file, root, "");
        } catch (MarkedYAMLException e) {
            throw new InvalidInputException(file, e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem());
        }
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    InvalidInputException error(String message) {
        return new InvalidInputException(file, line(), (path.isEmpty() ? "" : "field '" + path + "': ") + message);
    }

    Optional<YamlTree> get(String key) {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping with '" + key + "'");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(new YamlTree(file, tuple.getValueNode(), path.isEmpty() ? key : path + "." + key));
            }
        }
        return Optional.empty();
    }

    /** Fails on the first key of this mapping that is not one of {@code known} (a misspelt field is not ignored). */
    void onlyKeys(java.util.Set<String> known) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && !known.contains(k.getValue())) {
                    throw new YamlTree(file, tuple.getKeyNode(), path.isEmpty() ? k.getValue() : path + "." + k.getValue())
                            .error("unknown field; the fields are " + new java.util.TreeSet<>(known));
                }
            }
        }
    }

    YamlTree require(String key) {
        return get(key).orElseThrow(() -> error("missing '" + key + "'"));
    }

    String text() {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw error("expected a non-empty text");
        }
        return scalar.getValue().strip();
    }

    int integer() {
        try {
            return Integer.parseInt(text());
        } catch (NumberFormatException e) {
            throw error("expected a whole number, got '" + text() + "'");
        }
    }

    boolean bool() {
        return switch (text()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error("expected true or false, got '" + text() + "'");
        };
    }

    List<YamlTree> list() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected a list");
        }
        return java.util.stream.IntStream.range(0, sequence.getValue().size())
                .mapToObj(i -> new YamlTree(file, sequence.getValue().get(i), path + "[" + i + "]")).toList();
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }
}
