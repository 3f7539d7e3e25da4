package org.yifa.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.springframework.stereotype.Service;
import org.yifa.audit.AuditLog;
import org.yifa.rdf.Yf;
import org.yifa.store.InvalidInputException;

/**
 * Backup and restore of the whole store as gzipped N-Quads. A backup is one read transaction, so it
 * is a consistent snapshot taken while the service keeps serving; a restore parses the whole file
 * first and then replaces every graph in one write transaction, so a bad file changes nothing.
 */
@Service
public class StoreBackup {

    private final Dataset dataset;

    StoreBackup(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Writes every named graph as gzipped N-Quads; returns the number of quads written. */
    public long backup(OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            try {
                GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
                DatasetGraph dsg = dataset.asDatasetGraph();
                RDFDataMgr.write(gzip, dsg, Lang.NQUADS);
                gzip.finish();
                gzip.flush();
                return dsg.stream().count();
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
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            // Graph by graph rather than clear(): the text index follows removeGraph, not clear.
            org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes()).forEach(dsg::removeGraph);
            staged.find().forEachRemaining(dsg::add);
            AuditLog.record(dsg, "restore", Yf.ID + "store", null,
                    "restored " + staged.stream().count() + " quads from " + name);
        });
        return staged.stream().count();
    }
}
