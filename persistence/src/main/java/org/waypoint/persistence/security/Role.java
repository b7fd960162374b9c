package org.waypoint.persistence.security;

/**
 * The four staff roles. The names are also the Jakarta Security group names checked by
 * {@code @RolesAllowed} in the EJB layer.
 */
public enum Role {
    /** Works a caseload in one LWDA: registers participants, writes plans. */
    CASE_MANAGER(true),
    /** Manages caseloads, offices and staff of one LWDA. */
    LWDA_ADMIN(true),
    /** Sees and administers every LWDA of the state, maintains reference data. */
    STATE_ADMIN(false),
    /** Reviews every area, read-only. */
    MONITOR(false);

    /** Role names usable in annotations, which need compile-time constants. */
    public static final String CASE_MANAGER_NAME = "CASE_MANAGER";

    public static final String LWDA_ADMIN_NAME = "LWDA_ADMIN";
    public static final String STATE_ADMIN_NAME = "STATE_ADMIN";
    public static final String MONITOR_NAME = "MONITOR";

    private final boolean boundToLwda;

    Role(boolean boundToLwda) {
        this.boundToLwda = boundToLwda;
    }

    /** Whether an account of this role belongs to exactly one LWDA and sees only that LWDA. */
    public boolean isBoundToLwda() {
        return boundToLwda;
    }
}
