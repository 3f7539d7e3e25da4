package org.yifa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yifa.rdf.Yf;
import org.yifa.store.embedded.TextIndexing;

/**
 * The text index over a TDB2 store of its own: loads index, a replaced graph leaves nothing stale, and
 * reopening the store neither duplicates nor loses documents.
 */
class SearchIndexTest {

    static final Node GRAPH = NodeFactory.createURI(Yf.GRAPH + "framework/test");
    static final Node EVIDENCE = NodeFactory.createURI(Yf.GRAPH + "evidence/test-unit");
    static final String FIND = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX yf: <https://w3id.org/yifa/ont#>
            SELECT ?s WHERE { ?s text:query (yf:text "%s" 100) } ORDER BY ?s""";

    @TempDir
    Path dir;

    private final List<Dataset> open = new ArrayList<>();

    @AfterEach
    void release() {
        open.forEach(SearchIndexTest::close);
    }

    @Test
    void aLoadedGraphIsSearchableAndAReplacedOneLeavesNoStaleEntries() {
        Dataset dataset = open();
        load(dataset, "各级行政机关应当进行合法性审查。", "建立健全规范性文件备案审查制度。");
        assertThat(find(dataset, "\\\"合法性审查\\\"")).containsExactly("urn:item:1");
        assertThat(find(dataset, "审查")).containsExactly("urn:item:1", "urn:item:2");
        assertThat(TextIndexing.documents(dataset)).isEqualTo(2);

        // The loader's way: remove the graph and add the new one in one transaction.
        load(dataset, "坚持严格规范公正文明执法。", "建立健全规范性文件备案审查制度。");
        assertThat(find(dataset, "\\\"合法性审查\\\"")).isEmpty();
        assertThat(find(dataset, "执法")).containsExactly("urn:item:1");
        assertThat(TextIndexing.documents(dataset)).isEqualTo(2);

        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(GRAPH));
        assertThat(find(dataset, "审查")).isEmpty();
        assertThat(TextIndexing.documents(dataset)).isZero();
    }

    @Test
    void onlyTheReferenceGraphsAreIndexedAlsoAfterARebuild() throws IOException {
        Dataset dataset = open();
        load(dataset, "各级行政机关应当进行合法性审查。", "建立健全规范性文件备案审查制度。");
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(EVIDENCE,
                NodeFactory.createURI("urn:record:1"), Yf.text.asNode(), NodeFactory.createLiteralLang("合法性审查台账", "zh")));
        assertThat(find(dataset, "审查")).containsExactly("urn:item:1", "urn:item:2");
        assertThat(TextIndexing.documents(dataset)).isEqualTo(2);

        close(dataset);
        open.remove(dataset);
        delete(dir.resolve("index"));
        Dataset rebuilt = open();
        assertThat(TextIndexing.documents(rebuilt)).isEqualTo(2);
        assertThat(find(rebuilt, "审查")).containsExactly("urn:item:1", "urn:item:2");
    }

    @Test
    void reopeningTheStoreKeepsOneDocumentPerTriple() {
        Dataset dataset = open();
        load(dataset, "各级行政机关应当进行合法性审查。", "建立健全规范性文件备案审查制度。");
        close(dataset);
        open.remove(dataset);

        Dataset again = open();
        assertThat(TextIndexing.documents(again)).isEqualTo(2);
        assertThat(find(again, "审查")).containsExactly("urn:item:1", "urn:item:2");
        // Loading the same triples again adds nothing: they are in the store already.
        load(again, "各级行政机关应当进行合法性审查。", "建立健全规范性文件备案审查制度。");
        assertThat(TextIndexing.documents(again)).isEqualTo(2);
    }

    @Test
    void aMissingOrForeignIndexIsRebuiltFromTheStore() throws IOException {
        Dataset dataset = open();
        load(dataset, "各级行政机关应当进行合法性审查。", "建立健全规范性文件备案审查制度。");
        close(dataset);
        open.remove(dataset);
        delete(dir.resolve("index"));

        Dataset rebuilt = open();
        assertThat(TextIndexing.documents(rebuilt)).isEqualTo(2);
        assertThat(find(rebuilt, "\\\"合法性审查\\\"")).containsExactly("urn:item:1");
        close(rebuilt);
        open.remove(rebuilt);

        // The same index directory under another, empty store: the index follows the store.
        Dataset other = open("other-store");
        assertThat(TextIndexing.documents(other)).isZero();
        assertThat(find(other, "审查")).isEmpty();
    }

    private Dataset open() {
        return open("store");
    }

    private Dataset open(String store) {
        Dataset tdb = TDB2Factory.connectDataset(dir.resolve(store).toString());
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        Dataset dataset = TextIndexing.wrap(tdb, dir.resolve("index"));
        open.add(dataset);
        return dataset;
    }

    private static void close(Dataset dataset) {
        TextIndexing.close(dataset);
        TDBInternal.expel(TextIndexing.base(dataset));
    }

    private static void load(Dataset dataset, String first, String second) {
        Model model = ModelFactory.createDefaultModel();
        model.add(model.createResource("urn:item:1"), Yf.text, model.createLiteral(first, "zh"));
        model.add(model.createResource("urn:item:2"), Yf.text, model.createLiteral(second, "zh"));
        Txn.executeWrite(dataset, () -> {
            dataset.asDatasetGraph().removeGraph(GRAPH);
            dataset.asDatasetGraph().addGraph(GRAPH, model.getGraph());
        });
    }

    private static List<String> find(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<String> found = new ArrayList<>();
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(FIND.formatted(query)).build()) {
                execution.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
            }
            return found;
        });
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
