package org.waypoint.persistence.participant;

/** Race categories of PIRL elements 211-215; a participant may have several. */
public enum Race {
    AMERICAN_INDIAN_OR_ALASKA_NATIVE,
    ASIAN,
    BLACK_OR_AFRICAN_AMERICAN,
    NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER,
    WHITE;
}
