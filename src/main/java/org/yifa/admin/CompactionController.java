package org.yifa.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yifa.audit.AuditLog;
import org.yifa.rdf.Yf;
import org.yifa.store.Store;
import org.yifa.store.WriteJournal;

/**
 * {@code POST /api/admin/compact} frees the disk space that earlier versions of the data take in the embedded
 * TDB2 store (as Fuseki's {@code /$/compact}): after a load or a first full assessment of a large city, the
 * store can be several times the size of its data. Readers go on meanwhile; writers wait until it is done.
 * On a remote store it answers 501: that store manages its own space.
 */
@RestController
class CompactionController {

    private static final Logger log = LoggerFactory.getLogger(CompactionController.class);

    private final Store store;
    private final WriteJournal journal;

    CompactionController(Store store, WriteJournal journal) {
        this.store = store;
        this.journal = journal;
    }

    @PostMapping("/api/admin/compact")
    Store.Compacted compact() {
        log.info("Compacting the store: writers wait until it is done");
        Store.Compacted done = store.compact();
        String detail = String.format("compacted the store from %,d to %,d bytes in %,d ms",
                done.bytesBefore(), done.bytesAfter(), done.millis());
        log.info("{}", detail);
        // Recorded after the compaction, in a write of its own: the compaction itself changes no statement. The
        // entry changes no record or unit either, so it is noted as such: the records the engine keeps stay kept.
        journal.write(store, WriteJournal.Change.DERIVED_ONLY,
                changes -> AuditLog.record(changes, "compact", Yf.ID + "store", null, detail));
        return done;
    }
}
