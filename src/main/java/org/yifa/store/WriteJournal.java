package org.yifa.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.Model;
import org.springframework.stereotype.Component;

/**
 * What writes changed, as their writers tell, by the data version each write made: so that what readers
 * keep (the records the assessment engine holds) is carried over a write instead of read again by every
 * reader at once. A writer notes its write inside the write transaction, where writers are serialised, so
 * the version its commit makes is the version seen there plus one; a write that no note names (a load, a
 * restore, any other writer) means: read again. A note is closed when its write returns, committed or not;
 * a reader who meets an open one (its writer between commit and return) waits the moment it takes.
 */
@Component
public class WriteJournal {

    /**
     * Notes kept, and the statements their uploads hold at most: far more than is written between two reads
     * of a reader, and a bound on memory (a reader whose read is older than the oldest note reads again).
     */
    private static final int KEPT = 1_024;
    private static final long KEPT_STATEMENTS = 500_000;

    private final int kept;
    private final long keptStatements;

    /**
     * What one write changed: statements {@code added} about unit {@code unitId}, or, both null, no record
     * and no unit: only results derived from the records (the assessment rounds) or an audit entry of an
     * operation that changed no statement (a compaction).
     */
    public record Change(String unitId, Model added) {

        public static final Change DERIVED_ONLY = new Change(null, null);

        public boolean derivedOnly() {
            return unitId == null;
        }
    }

    private record Note(Change change, CompletableFuture<Boolean> committed) {
    }

    private final ConcurrentSkipListMap<Long, Note> notes = new ConcurrentSkipListMap<>();
    private final java.util.concurrent.atomic.AtomicLong statements = new java.util.concurrent.atomic.AtomicLong();

    public WriteJournal() {
        this(KEPT, KEPT_STATEMENTS);
    }

    WriteJournal(int kept, long keptStatements) {
        this.kept = kept;
        this.keptStatements = keptStatements;
    }

    /**
     * One {@link Store#write} of {@code work}, noted as making {@code change}; answers the data version
     * the write made, or -1 when the store cannot tell (a remote store: nothing is noted).
     */
    public long write(Store store, Change change, Consumer<Changes> work) {
        Note note = new Note(change, new CompletableFuture<>());
        long[] made = {-1};
        try {
            store.write(changes -> {
                work.accept(changes);
                long at = store.dataVersion();
                if (at >= 0) {
                    made[0] = at + 1;
                    notes.put(made[0], note);
                }
            });
        } catch (RuntimeException | Error e) {
            if (made[0] >= 0) {
                notes.remove(made[0], note);
            }
            note.committed().complete(false);
            throw e;
        }
        note.committed().complete(true);
        if (made[0] >= 0) {
            statements.addAndGet(size(change));
        }
        while (notes.size() > kept || notes.size() > 1 && statements.get() > keptStatements) {
            var oldest = notes.pollFirstEntry();
            if (oldest == null) {
                break;
            }
            statements.addAndGet(-size(oldest.getValue().change()));
        }
        return made[0];
    }

    private static long size(Change change) {
        return change.added() == null ? 0 : change.added().size();
    }

    /**
     * The changes of the writes that made versions {@code from + 1} to {@code to}, in order; empty when
     * any of them was not noted (or did not commit as noted): then what was read at {@code from} is stale.
     */
    public Optional<List<Change>> between(long from, long to) {
        if (from < 0 || to < from) {
            return Optional.empty();
        }
        List<Change> changes = new ArrayList<>();
        for (long v = from + 1; v <= to; v++) {
            Note note = notes.get(v);
            if (note == null || !note.committed().join()) {
                return Optional.empty();
            }
            changes.add(note.change());
        }
        return Optional.of(changes);
    }

    /**
     * The units that the writes making versions {@code from + 1} to {@code to} uploaded to, in the order of their
     * first upload: none when those writes changed no record. Empty when any of them was not noted ({@link #between}).
     */
    public Optional<Set<String>> uploadedToBetween(long from, long to) {
        return between(from, to).map(changes -> {
            Set<String> units = new LinkedHashSet<>();
            for (Change change : changes) {
                if (!change.derivedOnly()) {
                    units.add(change.unitId());
                }
            }
            return units;
        });
    }
}
