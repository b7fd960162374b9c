package org.waypoint.service.reporting.pirl;

/**
 * One period of participation on its way through the PIRL job: the reader's position (the
 * participant's id, the period's index among theirs, how many participants have been read) and the
 * key of the record before it, for the duplicate check.
 */
public record PirlItem(
        long participantId, int periodIndex, int participantOrdinal, String previousKey, PeriodFacts facts) {}
