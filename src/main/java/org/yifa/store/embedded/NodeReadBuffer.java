package org.yifa.store.embedded;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionalSystem;
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.store.nodetable.TReadAppendFileTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the RDF terms of a TDB2 node table from blocks of its file held in memory, instead of with a seek and
 * a read per byte.
 * <p>
 * Why: TDB2 (Jena 5.6) decodes a term from its node table file through a Thrift compact protocol over
 * {@link TReadAppendFileTransport}, which has no buffer, so the protocol fetches every field header and length
 * byte with a seek and a read of its own: some twenty system calls for a short literal. A full assessment of a
 * large city right after a load (every node cache cold) spent most of its time there. Here the node table's
 * transport is replaced by {@link BlockTransport}, which serves a read transaction's terms from 64 KiB blocks of
 * the file (one read each, the last {@value #BLOCKS} kept) and lets the protocol decode from them in place.
 * <p>
 * A block holds only bytes below the reading transaction's committed length, which no later transaction changes
 * (TDB2 appends terms, and an abort truncates only what the aborted write appended), so a kept block is never
 * stale. A write transaction, which reads terms it may yet abort, reads each term with one read of its own.
 * <p>
 * Jena offers no setting for this, so the two fields of {@link NodeTableTRDF} that hold the transport and its
 * protocol are set by reflection. When that is not possible (another Jena version), the store runs unbuffered
 * and says so once in the log; {@code NodeReadBufferTest} fails on such a version, so an upgrade notices.
 */
final class NodeReadBuffer {

    private static final Logger log = LoggerFactory.getLogger(NodeReadBuffer.class);

    static final int BLOCK = 64 * 1024;
    /** Blocks kept: 16 MiB of heap. A unit's records were written together, so its terms share few blocks. */
    static final int BLOCKS = 256;
    /** What a write transaction reads at a term's position: most terms (IRIs, titles, identifiers) fit. */
    static final int TERM_CHUNK = 2048;

    private NodeReadBuffer() {
    }

    /**
     * Buffers the term reads of the node table of the TDB2 storage under {@code dsg} (under the text index and
     * TDB2's switchable container); true when they are buffered after the call. Call again after the container
     * switched storage (compaction), which builds a new node table.
     */
    static boolean install(DatasetGraph dsg) {
        DatasetGraphTDB tdb = EmbeddedStore.storage(dsg);
        NodeTableTRDF table = tdb == null ? null : nodeTable(tdb);
        if (table == null) {
            return false;
        }
        try {
            Field transport = field("transport");
            Field protocol = field("protocol");
            // The node table reads and writes terms holding its own lock; swapping under it keeps a term read or
            // written by another thread from meeting one transport and the other's protocol.
            synchronized (table) {
                if (!(transport.get(table) instanceof BlockTransport)) {
                    BlockTransport buffered = new BlockTransport(table.getData(), tdb.getTxnSystem());
                    transport.set(table, buffered);
                    protocol.set(table, TRDF.protocol(buffered));
                }
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("TDB2's node table reads stay unbuffered (a read per byte of a term): {}", e.toString());
            return false;
        }
    }

    /** Whether the node table of the storage under {@code dsg} reads through {@link BlockTransport}. */
    static boolean isInstalled(DatasetGraph dsg) {
        DatasetGraphTDB tdb = EmbeddedStore.storage(dsg);
        NodeTableTRDF table = tdb == null ? null : nodeTable(tdb);
        try {
            return table != null && field("transport").get(table) instanceof BlockTransport;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The node table of the terms of triples and quads (one for both), under its cache and inline layers. */
    private static NodeTableTRDF nodeTable(DatasetGraphTDB tdb) {
        NodeTable table = tdb.getTripleTable().getNodeTupleTable().getNodeTable();
        while (table != null && !(table instanceof NodeTableTRDF)) {
            table = table.wrapped();
        }
        return (NodeTableTRDF) table;
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field field = NodeTableTRDF.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /**
     * {@link TReadAppendFileTransport} reading through blocks of the file. The node table calls
     * {@link #readPosition(long)} before each term and reads and writes terms one at a time under its lock, as it
     * does with the transport this replaces. Writes go to the file unchanged.
     */
    static final class BlockTransport extends TReadAppendFileTransport {
        private final BinaryDataFile file;
        private final TransactionalSystem txns;
        /** Blocks by index (file position / {@link #BLOCK}), least recently used first. */
        private final Map<Long, Block> blocks = new LinkedHashMap<>(BLOCKS * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Block> eldest) {
                return size() > BLOCKS;
            }
        };
        private final byte[] termChunk = new byte[TERM_CHUNK];
        /** The bytes the term being read is decoded from (null before its first read), and the next byte's position. */
        private Block current;
        private long position;

        BlockTransport(BinaryDataFile file, TransactionalSystem txns) {
            super(file);
            this.file = file;
            this.txns = txns;
        }

        /** Bytes of the file from {@code start}: {@code bytes[0, length)}. */
        private record Block(long start, byte[] bytes, int length) {
            long end() {
                return start + length;
            }
        }

        @Override
        public long readPosition() {
            return position;
        }

        @Override
        public void readPosition(long posn) {
            position = posn;
            current = null;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            if (getBytesRemainingInBuffer() <= 0) {
                current = bytesAt(position);
                if (getBytesRemainingInBuffer() <= 0) {
                    return -1;
                }
            }
            int n = Math.min(len, getBytesRemainingInBuffer());
            System.arraycopy(current.bytes(), getBufferPosition(), buf, off, n);
            position += n;
            return n;
        }

        private Block bytesAt(long posn) {
            Transaction txn = txns.getThreadTransaction();
            if (txn == null || !txn.isReadTxn()) {
                // A write transaction may read terms it appended and may yet abort: nothing of them is kept.
                return new Block(posn, termChunk, Math.max(file.read(posn, termChunk, 0, TERM_CHUNK), 0));
            }
            long index = posn / BLOCK;
            Block block = blocks.get(index);
            if (block == null || posn >= block.end()) {
                long start = index * BLOCK;
                // In a read transaction the file's length is the committed length it sees: no later write changes
                // a byte below it, so the block may be kept for every later reader.
                int length = (int) Math.min(BLOCK, file.length() - start);
                byte[] bytes = new byte[BLOCK];
                block = new Block(start, bytes, length <= 0 ? 0 : Math.max(file.read(start, bytes, 0, length), 0));
                blocks.put(index, block);
            }
            return block;
        }

        // The protocol decodes field headers, lengths and strings in place from the bytes these expose.

        @Override
        public byte[] getBuffer() {
            return current == null ? null : current.bytes();
        }

        @Override
        public int getBufferPosition() {
            return current == null ? 0 : (int) (position - current.start());
        }

        @Override
        public int getBytesRemainingInBuffer() {
            return current == null || position < current.start() ? 0 : (int) (current.end() - position);
        }

        @Override
        public void consumeBuffer(int len) {
            position += len;
        }
    }
}
