package org.waypoint.service.lmi.imports;

/** The geography a projection row covers: the whole state or one Local Workforce Area. */
public enum AreaLevel {
    /** "State Level" in the KYSTATS file. */
    STATE,
    /** "LWA Level" in the KYSTATS file: one of Kentucky's 10 Local Workforce Areas. */
    LWA
}
