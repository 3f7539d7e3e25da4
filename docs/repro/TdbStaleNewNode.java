import org.apache.jena.query.*;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/**
 * Jena TDB2 5.6.0: a literal that readers look up while the write creating it is under way can stay invisible
 * after the commit (found by LoadTest, 2026-12-07). Run: java -cp "$(jena 5.6.0 jars)" TdbStaleNewNode.java DIR.
 * Prints the stale reads and the uploads still invisible at the end (here: "still stale at the end: load6").
 */
public class TdbStaleNewNode {
    static long count(Dataset ds, String lit) {
        String q = "SELECT (COUNT(?r) AS ?n) WHERE { ?u a <urn:Upload> ; <urn:source> \"" + lit + "\" . ?r <urn:upload> ?u ; <urn:id> ?id }";
        return Txn.calculateRead(ds, () -> { try (QueryExecution qe = QueryExecutionFactory.create(q, ds)) { return qe.execSelect().next().getLiteral("n").getLong(); } });
    }
    public static void main(String[] a) throws Exception {
        Dataset ds = TDB2Factory.connectDataset(a[0]);
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        AtomicInteger current = new AtomicInteger(-1);
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentHashMap<Integer, Integer> committed = new ConcurrentHashMap<>();
        AtomicInteger stale = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        for (int t = 0; t < 20; t++) pool.submit(() -> {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            while (!stop.get()) {
                int c = current.get();
                if (c < 0) continue;
                int tag = r.nextInt(3) == 0 && c > 0 ? r.nextInt(c + 1) : c;
                Integer rows = committed.get(tag);
                long n = count(ds, "load" + tag + ".csv");
                if (rows != null && n != rows) { if (stale.incrementAndGet() < 5) System.out.println("stale: load" + tag + " " + n + " of " + rows); }
            }
            return null;
        });
        for (int u = 0; u < 15; u++) {
            int tag = u;
            current.set(u);
            Thread.sleep(50);
            int rows = 300 + ThreadLocalRandom.current().nextInt(500);
            Txn.executeWrite(ds, () -> {
                Node g = NodeFactory.createURI("urn:g");
                Node up = NodeFactory.createURI("urn:upload:" + tag);
                var dsg = ds.asDatasetGraph();
                dsg.add(g, up, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NodeFactory.createURI("urn:Upload"));
                dsg.add(g, up, NodeFactory.createURI("urn:source"), NodeFactory.createLiteralString("load" + tag + ".csv"));
                for (int i = 0; i < rows; i++) {
                    Node rec = NodeFactory.createURI("urn:rec:" + tag + ":" + i);
                    dsg.add(g, rec, NodeFactory.createURI("urn:upload"), up);
                    dsg.add(g, rec, NodeFactory.createURI("urn:id"), NodeFactory.createLiteralString("load" + tag + "-" + i));
                }
            });
            committed.put(tag, rows);
            Thread.sleep(300);
        }
        stop.set(true); pool.shutdown(); pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("stale reads: " + stale.get());
        for (int u = 0; u < 15; u++) if (count(ds, "load" + u + ".csv") != committed.get(u)) System.out.println("still stale at the end: load" + u);
    }
}
