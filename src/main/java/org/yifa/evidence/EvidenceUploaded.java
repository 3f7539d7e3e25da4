package org.yifa.evidence;

import org.springframework.context.ApplicationEvent;

/**
 * Published after an upload has been committed to the store, so that whoever derives results
 * from a unit's records (the assessment engine) can work them out again.
 */
public class EvidenceUploaded extends ApplicationEvent {

    private final String unitId;
    private final String upload;

    EvidenceUploaded(Object source, String unitId, String upload) {
        super(source);
        this.unitId = unitId;
        this.upload = upload;
    }

    /** The unit whose records changed, e.g. {@code sfj}. */
    public String unitId() {
        return unitId;
    }

    /** IRI of the yf:Upload that was written. */
    public String upload() {
        return upload;
    }
}
