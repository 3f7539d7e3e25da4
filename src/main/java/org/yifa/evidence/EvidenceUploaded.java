package org.yifa.evidence;

import org.apache.jena.rdf.model.Model;
import org.springframework.context.ApplicationEvent;

/**
 * Published after an upload has been committed to the store, so that whoever derives results
 * from a unit's records (the assessment engine) can work them out again.
 */
public class EvidenceUploaded extends ApplicationEvent {

    private final String unitId;
    private final String upload;
    private final Model written;
    private final long writtenAt;

    EvidenceUploaded(Object source, String unitId, String upload, Model written, long writtenAt) {
        super(source);
        this.unitId = unitId;
        this.upload = upload;
        this.written = written;
        this.writtenAt = writtenAt;
    }

    /** The unit whose records changed, e.g. {@code sfj}. */
    public String unitId() {
        return unitId;
    }

    /** IRI of the yf:Upload that was written. */
    public String upload() {
        return upload;
    }

    /** Every statement the upload added to the unit's evidence graph (its records and the yf:Upload); do not change it. */
    public Model written() {
        return written;
    }

    /**
     * The store's data version that the upload's write made (what was read at {@code writtenAt - 1} plus
     * {@link #written} is what the store held then); -1 when the store cannot tell.
     */
    public long writtenAt() {
        return writtenAt;
    }
}
