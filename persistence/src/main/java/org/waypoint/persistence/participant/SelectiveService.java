package org.waypoint.persistence.participant;

/** Selective Service registration (20 CFR 680.120): men born on or after 1 January 1960 must be registered. */
public enum SelectiveService {
    REGISTERED,
    NOT_REGISTERED,
    EXEMPT,
    NOT_KNOWING_AND_WILLFUL,
    /** Not yet 18: registration is asked again once the person is (20 CFR 683.225). */
    UNDER_18;
}
