package org.waypoint.service.reporting.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.persistence.outcomes.CredentialType;
import org.waypoint.persistence.participant.ExitExclusion;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.persistence.training.TrainingType;

/**
 * What the indicator rules read of one period of participation (one enrollment): its program,
 * entry and exit, the PIRL 923 exclusion, school status at entry, the trainings, what is known of
 * the quarters after exit, and the credentials and skill gains (not voided) of the participant.
 *
 * @param employedQuarters quarters after exit (1-4) with wages above 0 in a UI wage record, or a
 *     reached follow-up contact of that quarter finding the person employed
 * @param educationQuarters quarters after exit (1-4) in which a reached contact found a youth in
 *     education or training (a youth placement)
 * @param wagesByQuarter the quarters' UI wages, summed over employers
 */
public record PeriodFacts(
        Program program,
        LocalDate entryDate,
        LocalDate exitDate,
        ExitExclusion exclusion,
        SchoolStatus entrySchoolStatus,
        List<TrainingSpan> trainings,
        Set<Integer> employedQuarters,
        Set<Integer> educationQuarters,
        Map<Integer, BigDecimal> wagesByQuarter,
        List<CredentialFact> credentials,
        List<LocalDate> skillGains) {

    /** A training (its service not voided): type, start and actual end (null while going on). */
    public record TrainingSpan(TrainingType type, LocalDate start, LocalDate end) {}

    /** A credential attained (not voided). */
    public record CredentialFact(CredentialType type, LocalDate attainedOn) {}
}
