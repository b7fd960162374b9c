package org.waypoint.service.followup;

/** Where one quarter of a follow-up period stands on a day. */
public enum QuarterState {
    /** A contact reached the person in the quarter. */
    DONE,
    /** The quarter has begun and its contact is not made yet; due by the quarter's last day. */
    DUE,
    /** The quarter's last day passed with no contact that reached the person. */
    OVERDUE,
    /** The quarter has not begun. */
    UPCOMING,
    /** The period was closed before a contact reached the person in this quarter: none is due. */
    CLOSED
}
