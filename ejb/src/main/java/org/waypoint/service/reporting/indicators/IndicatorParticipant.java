package org.waypoint.service.reporting.indicators;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period of participation behind a figure: who, which program and where, entry and exit, and
 * whether it counts in the numerator ({@code success}), with the 2nd-quarter wages for median earnings.
 */
public record IndicatorParticipant(
        long participantId,
        String participantNumber,
        String name,
        String program,
        String lwdaName,
        String officeName,
        String caseManagerName,
        LocalDate entryDate,
        LocalDate exitDate,
        boolean success,
        BigDecimal earnings)
        implements Serializable {}
