package org.yifa.store;

/**
 * A request needs a {@link Capability} that the configured store does not offer: the web layer answers
 * 501 Not Implemented with this message ({@code StoreUnavailableAdvice}), a condition of the
 * configuration rather than of the request or of the moment.
 */
public class CapabilityMissingException extends RuntimeException {

    private final Capability capability;

    public CapabilityMissingException(Capability capability, String message) {
        super(message);
        this.capability = capability;
    }

    public CapabilityMissingException(Capability capability) {
        this(capability, "This service runs on a store without " + capability.description()
                + " (yifa.store.mode=remote); the request needs it.");
    }

    public Capability capability() {
        return capability;
    }
}
