package org.waypoint.persistence.participant;

/** Sex as PIRL element 201 records it; Selective Service registration depends on it. */
public enum Sex {
    FEMALE,
    MALE,
    UNDISCLOSED;
}
