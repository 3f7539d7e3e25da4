package org.yifa.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.yifa.framework.FrameworkSource;
import org.yifa.law.LawSource;
import org.yifa.store.DataFiles;
import org.yifa.store.InvalidInputException;
import org.yifa.store.StoreLoader;
import org.yifa.testing.YifaSpringTest;

/** A copy of the shipped link files with one row broken is rejected, naming file, line and column. */
@YifaSpringTest
class BrokenLinkFilesTest {

    /** area-3.csv line 2 links 3.1 to 重大行政决策程序暂行条例 article 3. */
    private static final String FILE = "area-3.csv";
    private static final int LINE = 2;

    @Autowired
    Dataset dataset;
    @Autowired
    FrameworkSource framework;
    @Autowired
    LawSource laws;
    @Autowired
    StoreLoader loader;
    @Autowired
    LinkSource shipped;

    @TempDir
    Path dir;

    static Stream<Arguments> brokenCells() {
        return Stream.of(
                Arguments.of(0, "3.99", "item"),
                Arguments.of(1, "重大行政决策程序条例", "law"),
                Arguments.of(2, "2018-01-01", "version"),
                Arguments.of(3, "300", "article"),
                Arguments.of(3, "三", "article"),
                Arguments.of(4, "9", "paragraph"),
                Arguments.of(5, "requires", "kind"),
                Arguments.of(6, "本条例所称重大行政决策的事项", "quote"),
                Arguments.of(7, "", "rationale"),
                Arguments.of(8, "maybe", "verified"));
    }

    @ParameterizedTest(name = "column {2} = ''{1}''")
    @MethodSource("brokenCells")
    void aBrokenCellIsRejectedWithFileLineAndColumn(int column, String value, String name) throws IOException {
        LinkSource broken = source(lines -> {
            String[] cells = lines.get(LINE - 1).split(",", -1);
            cells[column] = value;
            lines.set(LINE - 1, String.join(",", cells));
            return lines;
        });
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Txn.calculateRead(dataset, () -> broken.build(dataset)));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.file()).isEqualTo(dir.resolve(FILE).toString());
        assertThat(e.line()).isEqualTo(LINE);
        assertThat(e.getMessage()).contains(dir.resolve(FILE) + ":" + LINE).contains("column '" + name + "'");
    }

    @Test
    void aRepeatedLinkIsRejectedAtItsSecondLine() throws IOException {
        int[] last = new int[1];
        LinkSource broken = source(lines -> {
            lines.add(lines.get(LINE - 1));
            last[0] = lines.size();
            return lines;
        });
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Txn.calculateRead(dataset, () -> broken.build(dataset)));
        assertThat(e.line()).isEqualTo(last[0]);
        assertThat(e.getMessage()).contains("column 'article'").contains("already linked").contains(":" + LINE);
    }

    @Test
    void aRejectedFileLeavesTheStoreAsItWas() throws IOException {
        LinkSource broken = source(lines -> {
            String[] cells = lines.get(LINE - 1).split(",", -1);
            cells[6] = "不在条文中的引文";
            lines.set(LINE - 1, String.join(",", cells));
            return lines;
        });
        assertThat(broken.fingerprint()).isNotEqualTo(shipped.fingerprint());
        Model before = links();
        String fingerprintBefore = storedFingerprint();
        assertThatThrownBy(() -> loader.refresh(broken)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("column 'quote'");
        assertThat(links().isIsomorphicWith(before)).isTrue();
        assertThat(before.size()).isPositive();
        assertThat(storedFingerprint()).isEqualTo(fingerprintBefore).isEqualTo(shipped.fingerprint());
    }

    @Test
    void theFingerprintFollowsTheLinkFiles() throws IOException {
        LinkSource copy = source(lines -> lines);
        assertThat(copy.fingerprint()).isEqualTo(source(lines -> lines).fingerprint());
        LinkSource edited = source(lines -> {
            lines.set(LINE - 1, lines.get(LINE - 1).replace(",yes", ",no"));
            return lines;
        });
        assertThat(edited.fingerprint()).isNotEqualTo(copy.fingerprint());
    }

    /** The shipped link files copied into the temp folder, {@link #FILE} edited. */
    private LinkSource source(UnaryOperator<List<String>> edit) throws IOException {
        List<LinkSource.CsvFile> files = new ArrayList<>();
        for (var r : DataFiles.list(LinkSource.CSV_FILES)) {
            String text = LinkFixtures.text(r);
            if (FILE.equals(r.getFilename())) {
                List<String> lines = edit.apply(new ArrayList<>(text.lines().toList()));
                text = String.join("\n", lines) + "\n";
            }
            Path copy = dir.resolve(r.getFilename());
            Files.writeString(copy, text, StandardCharsets.UTF_8);
            files.add(new LinkSource.CsvFile(copy.toString(), Files.readAllBytes(copy)));
        }
        return new LinkSource(framework, laws, () -> files);
    }

    private Model links() {
        return Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel()
                .add(dataset.getNamedModel(LinkSource.GRAPH)));
    }

    private String storedFingerprint() {
        Node meta = NodeFactory.createURI(StoreLoader.META_GRAPH);
        Node graph = NodeFactory.createURI(LinkSource.GRAPH);
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph()
                .find(meta, graph, Node.ANY, Node.ANY).next().getObject().getLiteralLexicalForm());
    }
}
