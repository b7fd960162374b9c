package org.waypoint.service.reporting.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.waypoint.persistence.outcomes.CredentialType;
import org.waypoint.persistence.participant.ExitExclusion;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.persistence.training.TrainingType;
import org.waypoint.service.common.CalendarQuarter;

/**
 * Who is in each indicator's cohort and who counts as a success, for one period of participation,
 * as TEGL 10-16, Change 1 (Attachment 1 and its appendices) defines them. {@link IndicatorSql} says
 * the same in SQL for the whole state; the unit tests hold the two definitions to these cases.
 *
 * <ul>
 *   <li>Every exit-based cohort leaves out a period whose exit carries a PIRL 923 exclusion
 *       (institutionalized, health or medical, deceased, reserve forces called to active duty,
 *       criminal offender, ineligible); a foster-care youth who moved is an exclusion for Youth
 *       only (20 CFR 677.155(b)).
 *   <li>Employment in the 2nd (4th) quarter: exiters of the window; success is unsubsidized
 *       employment in that quarter after exit (UI wages above 0, or supplemental evidence), and for
 *       Youth also education or training in that quarter.
 *   <li>Median earnings: the 2nd-quarter UI wages of the exiters employed by wage record in it.
 *   <li>Credential attainment: exiters who were in education or training (training services other
 *       than on-the-job and customized training, or in school at entry); success is a recognized
 *       credential during participation or within one year after exit, a secondary diploma only
 *       when the person was also employed or in education or training within that year.
 *   <li>Measurable skill gains: not Wagner-Peyser; participants whose participation overlaps the
 *       window and who were in education or training then (any training including OJT, in school
 *       at entry, or a skill gain recorded in the window, which shows an education program); success
 *       is a skill gain achieved in the window within participation.
 * </ul>
 */
public final class IndicatorRules {

    /** School statuses at entry that mean the person was in an education program (PIRL 408). */
    static final Set<SchoolStatus> IN_SCHOOL = Set.of(
            SchoolStatus.IN_SECONDARY_SCHOOL, SchoolStatus.IN_ALTERNATIVE_SCHOOL, SchoolStatus.IN_POSTSECONDARY_SCHOOL);

    /** Trainings that do not put a person in the credential cohort (TEGL 10-16, Change 1: OJT and customized). */
    static final Set<TrainingType> NOT_FOR_CREDENTIALS = Set.of(TrainingType.ON_THE_JOB, TrainingType.CUSTOMIZED);

    private IndicatorRules() {}

    public static boolean isYouth(Program program) {
        return program == Program.YOUTH_IN_SCHOOL || program == Program.YOUTH_OUT_OF_SCHOOL;
    }

    /** Whether the exit's PIRL 923 reason takes the period out of the exit-based indicators. */
    public static boolean excluded(Program program, ExitExclusion exclusion) {
        if (exclusion == null) {
            return false;
        }
        return exclusion != ExitExclusion.FOSTER_CARE_MOVED || isYouth(program);
    }

    /** Whether credentials and skill gains apply to the program (not Wagner-Peyser). */
    public static boolean takesOutcomes(Program program) {
        return program != Program.WAGNER_PEYSER;
    }

    /** Whether the period is in the indicator's cohort for report quarter {@code report}. */
    public static boolean inCohort(Indicator indicator, PeriodFacts facts, CalendarQuarter report) {
        return switch (indicator) {
            case EMPLOYMENT_Q2, EMPLOYMENT_Q4 -> exitedInWindow(indicator, facts, report);
            case MEDIAN_EARNINGS_Q2 ->
                exitedInWindow(indicator, facts, report) && earnings(facts, 2).isPresent();
            case CREDENTIAL_RATE ->
                exitedInWindow(indicator, facts, report)
                        && takesOutcomes(facts.program())
                        && inEducationOrTrainingForCredential(facts);
            case MEASURABLE_SKILL_GAINS -> skillGainCohort(facts, report);
        };
    }

    /** Whether a period in the cohort counts in the numerator (median earnings: always, it has earnings). */
    public static boolean success(Indicator indicator, PeriodFacts facts, CalendarQuarter report) {
        if (!inCohort(indicator, facts, report)) {
            return false;
        }
        return switch (indicator) {
            case EMPLOYMENT_Q2 -> employedOrPlaced(facts, 2);
            case EMPLOYMENT_Q4 -> employedOrPlaced(facts, 4);
            case MEDIAN_EARNINGS_Q2 -> true;
            case CREDENTIAL_RATE -> attainedCredential(facts);
            case MEASURABLE_SKILL_GAINS -> skillGainInWindow(facts, report);
        };
    }

    /** The UI wages of quarter {@code n} after exit, when above 0. */
    public static Optional<BigDecimal> earnings(PeriodFacts facts, int n) {
        BigDecimal wages = facts.wagesByQuarter().get(n);
        return wages != null && wages.signum() > 0 ? Optional.of(wages) : Optional.empty();
    }

    static boolean exitedInWindow(Indicator indicator, PeriodFacts facts, CalendarQuarter report) {
        if (facts.exitDate() == null || excluded(facts.program(), facts.exclusion())) {
            return false;
        }
        CalendarQuarter exit = CalendarQuarter.of(facts.exitDate());
        return exit.compareTo(indicator.first(report)) >= 0 && exit.compareTo(indicator.last(report)) <= 0;
    }

    static boolean employedOrPlaced(PeriodFacts facts, int n) {
        return facts.employedQuarters().contains(n)
                || (isYouth(facts.program()) && facts.educationQuarters().contains(n));
    }

    static boolean inEducationOrTrainingForCredential(PeriodFacts facts) {
        if (facts.entrySchoolStatus() != null && IN_SCHOOL.contains(facts.entrySchoolStatus())) {
            return true;
        }
        return facts.trainings().stream()
                .anyMatch(t -> !NOT_FOR_CREDENTIALS.contains(t.type())
                        && !t.start().isAfter(facts.exitDate())
                        && (t.end() == null || !t.end().isBefore(facts.entryDate())));
    }

    static boolean attainedCredential(PeriodFacts facts) {
        LocalDate until = facts.exitDate().plusYears(1);
        boolean employedOrEducatedWithinYear = false;
        for (int n = 1; n <= 4; n++) {
            employedOrEducatedWithinYear |= facts.employedQuarters().contains(n)
                    || facts.educationQuarters().contains(n);
        }
        boolean diplomaCounts = employedOrEducatedWithinYear;
        return facts.credentials().stream()
                .anyMatch(c -> !c.attainedOn().isBefore(facts.entryDate())
                        && !c.attainedOn().isAfter(until)
                        && (c.type() != CredentialType.SECONDARY_DIPLOMA || diplomaCounts));
    }

    static boolean skillGainCohort(PeriodFacts facts, CalendarQuarter report) {
        if (!takesOutcomes(facts.program())) {
            return false;
        }
        LocalDate from = Indicator.MEASURABLE_SKILL_GAINS.first(report).firstDay();
        LocalDate to = Indicator.MEASURABLE_SKILL_GAINS.last(report).lastDay();
        if (facts.entryDate().isAfter(to)
                || (facts.exitDate() != null && facts.exitDate().isBefore(from))) {
            return false;
        }
        if (facts.exitDate() != null && !facts.exitDate().isAfter(to) && excluded(facts.program(), facts.exclusion())) {
            return false;
        }
        LocalDate end = facts.exitDate() == null || facts.exitDate().isAfter(to) ? to : facts.exitDate();
        boolean inSchool = facts.entrySchoolStatus() != null && IN_SCHOOL.contains(facts.entrySchoolStatus());
        boolean training = facts.trainings().stream()
                .anyMatch(t -> !t.start().isAfter(end)
                        && (t.end() == null || !t.end().isBefore(from))
                        && (t.end() == null || !t.end().isBefore(facts.entryDate())));
        return inSchool || training || skillGainInWindow(facts, report);
    }

    static boolean skillGainInWindow(PeriodFacts facts, CalendarQuarter report) {
        LocalDate from = Indicator.MEASURABLE_SKILL_GAINS.first(report).firstDay();
        LocalDate to = Indicator.MEASURABLE_SKILL_GAINS.last(report).lastDay();
        return facts.skillGains().stream()
                .anyMatch(d -> !d.isBefore(from)
                        && !d.isAfter(to)
                        && !d.isBefore(facts.entryDate())
                        && (facts.exitDate() == null || !d.isAfter(facts.exitDate())));
    }
}
