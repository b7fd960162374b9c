package org.waypoint.persistence.monitoring;

/** A finding's corrective action: open, answered by the LWDA admin, closed by the monitor. */
public enum FindingStatus {
    OPEN,
    ANSWERED,
    CLOSED
}
