package org.waypoint.service.lmi;

/** The geographies Waypoint has labour-market figures for. */
public enum AreaType {
    /** The United States (BLS OEWS national estimates). */
    NATION,
    /** A state: KYSTATS statewide projections and wages, or a BLS OEWS state file. */
    STATE,
    /** A Local Workforce Area (KYSTATS "LWA Level"), tied to the LWDA of the same name. */
    LWA,
    /** A BLS OEWS metropolitan or nonmetropolitan area. */
    OEWS_AREA
}
