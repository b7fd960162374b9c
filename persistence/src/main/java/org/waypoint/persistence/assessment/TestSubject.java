package org.waypoint.persistence.assessment;

/** What a basic skills test measured: reading, mathematics, or language (writing). */
public enum TestSubject {
    READING,
    MATH,
    LANGUAGE
}
