package org.waypoint.persistence.monitoring;

/** How a checklist item ends: met, a finding the LWDA must correct, or not applicable to the file. */
public enum ItemResult {
    PASS,
    FINDING,
    NOT_APPLICABLE
}
