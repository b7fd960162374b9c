package org.waypoint.service.wages;

/** Whether a participant was employed in a quarter after exit, as far as the records tell. */
public enum Employment {
    EMPLOYED,
    NOT_EMPLOYED,
    /** The quarter has not ended, or nothing reports on it yet. */
    UNKNOWN
}
