package org.waypoint.persistence.assessment;

/** The NRS-approved basic skills tests Kentucky and Georgia centers use. */
public enum TestInstrument {
    TABE,
    CASAS
}
