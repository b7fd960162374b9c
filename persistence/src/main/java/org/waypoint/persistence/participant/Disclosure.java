package org.waypoint.persistence.participant;

/** A yes/no fact the participant may decline to disclose (PIRL 202 disability, 210 ethnicity). */
public enum Disclosure {
    YES,
    NO,
    NOT_DISCLOSED;
}
