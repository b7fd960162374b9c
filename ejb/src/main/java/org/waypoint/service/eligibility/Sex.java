package org.waypoint.service.eligibility;

/**
 * Sex assigned at birth, recorded only because Selective Service registration depends on it (it
 * applies to those assigned male at birth, whatever their gender today). An X marker on an identity
 * document does not answer that question: record {@link #UNDISCLOSED} until it is determined, and
 * the Selective Service criterion will ask for it.
 */
public enum Sex {
    FEMALE,
    MALE,
    UNDISCLOSED
}
