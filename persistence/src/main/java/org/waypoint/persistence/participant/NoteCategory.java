package org.waypoint.persistence.participant;

/** What a case note is about, so a monitor can find the contacts and the follow-ups. */
public enum NoteCategory {
    CONTACT,
    ASSESSMENT,
    ELIGIBILITY,
    PLAN,
    SERVICE,
    FOLLOW_UP,
    CORRECTION,
    OTHER;
}
