package org.waypoint.service.wages;

/** Where a quarter's employment outcome comes from (TEGL 10-16, Change 1: wage records first). */
public enum OutcomeSource {
    /** The state's UI wage records (a quarter the state reported without wages counts too). */
    UI_WAGE_RECORD,
    /** A follow-up contact that reached the participant: supplemental evidence. */
    FOLLOW_UP_CONTACT
}
