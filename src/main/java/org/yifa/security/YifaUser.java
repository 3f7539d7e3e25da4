package org.yifa.security;

import java.util.List;

/** An authenticated writer: name, role and the units an assessor may write for (empty: all). */
public record YifaUser(String name, String role, List<String> units) {

    public boolean isAdmin() {
        return "admin".equals(role);
    }

    /** Whether this user may write evidence, judgements and veto events for a unit. */
    public boolean mayWriteFor(String unitId) {
        return isAdmin() || units.isEmpty() || units.contains(unitId);
    }
}
