package org.waypoint.service.lmi.imports;

/**
 * The O*NET release Waypoint ships (org/waypoint/lmi/data): the vintage its O*NET parsers give a
 * file when the administrator names none, since O*NET's files do not state their release.
 */
public final class OnetRelease {

    /** The shipped release: the O*NET 29.2 database, February 2025. */
    public static final String SHIPPED = "O*NET 29.2";

    private OnetRelease() {}
}
