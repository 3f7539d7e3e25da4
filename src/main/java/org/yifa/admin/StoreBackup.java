package org.yifa.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.springframework.stereotype.Service;
import org.yifa.audit.AuditLog;
import org.yifa.rdf.Yf;
import org.yifa.store.InvalidInputException;
import org.yifa.store.Store;

/**
 * Backup and restore of the whole store as gzipped N-Quads. On the embedded store a backup is one read
 * transaction, so it is a consistent snapshot taken while the service keeps serving; on a remote store
 * it reads graph by graph (no transaction spans requests). A restore parses the whole file first and
 * then replaces every graph in one atomic write (one SPARQL Update request remotely), so a bad file
 * changes nothing.
 */
@Service
public class StoreBackup {

    private final Store store;

    StoreBackup(Store store) {
        this.store = store;
    }

    /** Writes every named graph as gzipped N-Quads; returns the number of quads written. */
    public long backup(OutputStream out) {
        return store.read(() -> {
            try {
                GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
                StreamRDF writer = StreamRDFWriter.getWriterStream(gzip, RDFFormat.NQUADS);
                long[] count = {0};
                writer.start();
                store.forEachQuad(q -> {
                    writer.quad(q);
                    count[0]++;
                });
                writer.finish();
                gzip.finish();
                gzip.flush();
                return count[0];
            } catch (IOException e) {
                throw new UncheckedIOException("Backup failed", e);
            }
        });
    }

    /** Replaces the store's content with a backup; returns the number of quads restored. */
    public long restore(InputStream gzippedNQuads, String name) {
        DatasetGraph staged = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(gzippedNQuads)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(staged);
        } catch (RiotException e) {
            throw new InvalidInputException(name, 0, "not valid N-Quads: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException(name, 0, "not a gzip file: " + e.getMessage());
        }
        if (staged.getDefaultGraph().size() > 0) {
            throw new InvalidInputException(name, 0, "a backup holds named graphs only; found triples in the default graph");
        }
        store.write(changes -> {
            changes.removeAllGraphs();
            changes.add(Iter.toList(staged.find()));
            AuditLog.record(changes, "restore", Yf.ID + "store", null,
                    "restored " + staged.stream().count() + " quads from " + name);
        });
        return staged.stream().count();
    }
}
