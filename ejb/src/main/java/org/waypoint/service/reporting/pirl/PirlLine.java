package org.waypoint.service.reporting.pirl;

import java.util.List;

/** A processed period: its line of the file and the findings of its checks. */
public record PirlLine(long participantId, int participantOrdinal, String line, List<PirlError> errors) {}
