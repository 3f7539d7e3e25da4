package org.yifa.assessment;

import org.apache.jena.dboe.transaction.txn.TransactionalSystem;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * The TDB2 store's data version: it advances by one with every committed write transaction,
 * whoever writes (the loader, an upload, a restore, the engine's own rounds), so what was read at
 * one version stays valid exactly as long as the version stands still.
 */
final class DataVersion {

    private DataVersion() {
    }

    /**
     * The version the current read transaction sees, or — outside a transaction — the latest
     * committed one; -1 when the store is not TDB2 (then nothing is kept).
     */
    static long of(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (dsg instanceof DatasetGraphWrapper wrapper) {
            dsg = wrapper.getBase();   // under the text index and TDB2's switchable wrapper
        }
        if (!(dsg instanceof DatasetGraphTDB tdb)) {
            return -1;
        }
        TransactionalSystem txns = tdb.getTxnSystem();
        return Txn.calculateRead(dataset, () -> txns.getThreadTransaction().getDataVersion());
    }
}
