package org.waypoint.service.reporting.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.outcomes.CredentialType;
import org.waypoint.persistence.participant.ExitExclusion;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.persistence.training.TrainingType;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.reporting.indicators.PeriodFacts.CredentialFact;
import org.waypoint.service.reporting.indicators.PeriodFacts.TrainingSpan;

/**
 * The cohorts and successes of TEGL 10-16, Change 1 (Attachment 1, the primary indicators, and the
 * exclusions of section 116(b) as 20 CFR 677.155(b) lists them), case by case, for report quarter
 * 2026 Q2: employment Q2 and median earnings read exits 2024 Q3 to 2025 Q2, employment Q4 and
 * credentials exits 2024 Q1 to 2024 Q4, skill gains participation in 2025 Q3 to 2026 Q2.
 */
class IndicatorRulesTest {

    private static final CalendarQuarter R = new CalendarQuarter(2026, 2);

    private static PeriodFacts exit(Program program, LocalDate exit) {
        return new PeriodFacts(
                program,
                exit.minusMonths(6),
                exit,
                null,
                null,
                List.of(),
                Set.of(),
                Set.of(),
                Map.of(),
                List.of(),
                List.of());
    }

    private static PeriodFacts with(PeriodFacts f, ExitExclusion exclusion) {
        return new PeriodFacts(
                f.program(),
                f.entryDate(),
                f.exitDate(),
                exclusion,
                f.entrySchoolStatus(),
                f.trainings(),
                f.employedQuarters(),
                f.educationQuarters(),
                f.wagesByQuarter(),
                f.credentials(),
                f.skillGains());
    }

    private static PeriodFacts employed(PeriodFacts f, Set<Integer> employed, Set<Integer> education) {
        return new PeriodFacts(
                f.program(),
                f.entryDate(),
                f.exitDate(),
                f.exclusion(),
                f.entrySchoolStatus(),
                f.trainings(),
                employed,
                education,
                f.wagesByQuarter(),
                f.credentials(),
                f.skillGains());
    }

    private static PeriodFacts training(PeriodFacts f, TrainingType type, SchoolStatus school) {
        List<TrainingSpan> trainings = type == null ? List.of() : List.of(new TrainingSpan(type, f.entryDate(), null));
        return new PeriodFacts(
                f.program(),
                f.entryDate(),
                f.exitDate(),
                f.exclusion(),
                school,
                trainings,
                f.employedQuarters(),
                f.educationQuarters(),
                f.wagesByQuarter(),
                f.credentials(),
                f.skillGains());
    }

    private static PeriodFacts credential(PeriodFacts f, CredentialType type, LocalDate on) {
        return new PeriodFacts(
                f.program(),
                f.entryDate(),
                f.exitDate(),
                f.exclusion(),
                f.entrySchoolStatus(),
                f.trainings(),
                f.employedQuarters(),
                f.educationQuarters(),
                f.wagesByQuarter(),
                List.of(new CredentialFact(type, on)),
                f.skillGains());
    }

    private static PeriodFacts gains(PeriodFacts f, LocalDate entry, LocalDate exit, LocalDate... gains) {
        return new PeriodFacts(
                f.program(),
                entry,
                exit,
                f.exclusion(),
                f.entrySchoolStatus(),
                f.trainings(),
                f.employedQuarters(),
                f.educationQuarters(),
                f.wagesByQuarter(),
                f.credentials(),
                List.of(gains));
    }

    // TEGL 10-16 Ch. 1, Employment Rate 2nd Quarter After Exit: the cohort is exiters of the window.
    @Test
    void employmentQ2CohortIsTheFourExitQuartersEndingFourBeforeTheReport() {
        assertThat(IndicatorRules.inCohort(Indicator.EMPLOYMENT_Q2, exit(Program.ADULT, LocalDate.of(2024, 7, 1)), R))
                .isTrue();
        assertThat(IndicatorRules.inCohort(Indicator.EMPLOYMENT_Q2, exit(Program.ADULT, LocalDate.of(2025, 6, 30)), R))
                .isTrue();
        assertThat(IndicatorRules.inCohort(Indicator.EMPLOYMENT_Q2, exit(Program.ADULT, LocalDate.of(2024, 6, 30)), R))
                .isFalse();
        assertThat(IndicatorRules.inCohort(Indicator.EMPLOYMENT_Q2, exit(Program.ADULT, LocalDate.of(2025, 7, 1)), R))
                .isFalse();
    }

    @Test
    void openPeriodIsInNoExitCohort() {
        PeriodFacts open = new PeriodFacts(
                Program.ADULT,
                LocalDate.of(2024, 1, 1),
                null,
                null,
                null,
                List.of(),
                Set.of(),
                Set.of(),
                Map.of(),
                List.of(),
                List.of());
        for (Indicator i : List.of(Indicator.EMPLOYMENT_Q2, Indicator.EMPLOYMENT_Q4, Indicator.CREDENTIAL_RATE)) {
            assertThat(IndicatorRules.inCohort(i, open, R)).isFalse();
        }
    }

    // TEGL 10-16 Ch. 1, Employment Rate 4th Quarter After Exit, and the credential rate: exits.
    @Test
    void employmentQ4CohortIsTheCalendarYearTwoYearsBack() {
        assertThat(IndicatorRules.inCohort(
                        Indicator.EMPLOYMENT_Q4, exit(Program.DISLOCATED_WORKER, LocalDate.of(2024, 1, 1)), R))
                .isTrue();
        assertThat(IndicatorRules.inCohort(
                        Indicator.EMPLOYMENT_Q4, exit(Program.DISLOCATED_WORKER, LocalDate.of(2024, 12, 31)), R))
                .isTrue();
        assertThat(IndicatorRules.inCohort(
                        Indicator.EMPLOYMENT_Q4, exit(Program.DISLOCATED_WORKER, LocalDate.of(2025, 1, 1)), R))
                .isFalse();
        assertThat(IndicatorRules.inCohort(
                        Indicator.EMPLOYMENT_Q4, exit(Program.DISLOCATED_WORKER, LocalDate.of(2023, 12, 31)), R))
                .isFalse();
    }

    // 20 CFR 677.155(b); TEGL 10-16 Ch. 1, exclusions (PIRL 923): the period leaves every exit cohort.
    @Test
    void exclusionsLeaveTheCohort() {
        PeriodFacts f = exit(Program.ADULT, LocalDate.of(2025, 1, 15));
        for (ExitExclusion e : List.of(
                ExitExclusion.INSTITUTIONALIZED,
                ExitExclusion.HEALTH_MEDICAL,
                ExitExclusion.DECEASED,
                ExitExclusion.RESERVE_FORCES_ACTIVE_DUTY,
                ExitExclusion.CRIMINAL_OFFENDER)) {
            assertThat(IndicatorRules.inCohort(Indicator.EMPLOYMENT_Q2, with(f, e), R))
                    .as(e.name())
                    .isFalse();
        }
    }

    // PIRL 923 code 05 applies to youth in foster care only.
    @Test
    void fosterCareMoveExcludesYouthOnly() {
        assertThat(IndicatorRules.inCohort(
                        Indicator.EMPLOYMENT_Q2,
                        with(
                                exit(Program.YOUTH_OUT_OF_SCHOOL, LocalDate.of(2025, 1, 15)),
                                ExitExclusion.FOSTER_CARE_MOVED),
                        R))
                .isFalse();
        assertThat(IndicatorRules.inCohort(
                        Indicator.EMPLOYMENT_Q2,
                        with(exit(Program.ADULT, LocalDate.of(2025, 1, 15)), ExitExclusion.FOSTER_CARE_MOVED),
                        R))
                .isTrue();
    }

    // TEGL 10-16 Ch. 1: youth count education or training in the quarter as a success; adults do not.
    @Test
    void youthCountEducationOrTrainingAdultsOnlyEmployment() {
        PeriodFacts youth = employed(exit(Program.YOUTH_IN_SCHOOL, LocalDate.of(2025, 1, 15)), Set.of(), Set.of(2));
        PeriodFacts adult = employed(exit(Program.ADULT, LocalDate.of(2025, 1, 15)), Set.of(), Set.of(2));
        assertThat(IndicatorRules.success(Indicator.EMPLOYMENT_Q2, youth, R)).isTrue();
        assertThat(IndicatorRules.success(Indicator.EMPLOYMENT_Q2, adult, R)).isFalse();
        assertThat(IndicatorRules.success(
                        Indicator.EMPLOYMENT_Q2,
                        employed(exit(Program.ADULT, LocalDate.of(2025, 1, 15)), Set.of(2), Set.of()),
                        R))
                .isTrue();
        // employed in the 1st and 3rd quarter only is not the 2nd
        assertThat(IndicatorRules.success(
                        Indicator.EMPLOYMENT_Q2,
                        employed(exit(Program.ADULT, LocalDate.of(2025, 1, 15)), Set.of(1, 3), Set.of()),
                        R))
                .isFalse();
    }

    // TEGL 10-16 Ch. 1, Median Earnings: only exiters with 2nd-quarter wages are in the median.
    @Test
    void medianEarningsCohortHasSecondQuarterWages() {
        PeriodFacts f = exit(Program.ADULT, LocalDate.of(2025, 1, 15));
        PeriodFacts paid = new PeriodFacts(
                f.program(),
                f.entryDate(),
                f.exitDate(),
                null,
                null,
                List.of(),
                Set.of(2),
                Set.of(),
                Map.of(2, new BigDecimal("7105.00")),
                List.of(),
                List.of());
        PeriodFacts zero = new PeriodFacts(
                f.program(),
                f.entryDate(),
                f.exitDate(),
                null,
                null,
                List.of(),
                Set.of(),
                Set.of(),
                Map.of(2, BigDecimal.ZERO),
                List.of(),
                List.of());
        assertThat(IndicatorRules.inCohort(Indicator.MEDIAN_EARNINGS_Q2, paid, R))
                .isTrue();
        assertThat(IndicatorRules.inCohort(Indicator.MEDIAN_EARNINGS_Q2, zero, R))
                .isFalse();
        assertThat(IndicatorRules.inCohort(Indicator.MEDIAN_EARNINGS_Q2, f, R)).isFalse();
    }

    // TEGL 10-16 Ch. 1, Credential Attainment: the denominator is exiters in education or training,
    // not OJT or customized training; Wagner-Peyser has no credential indicator.
    @Test
    void credentialCohortNeedsEducationOrTrainingOtherThanOjt() {
        PeriodFacts f = exit(Program.ADULT, LocalDate.of(2024, 6, 15));
        assertThat(IndicatorRules.inCohort(Indicator.CREDENTIAL_RATE, f, R)).isFalse();
        assertThat(IndicatorRules.inCohort(
                        Indicator.CREDENTIAL_RATE, training(f, TrainingType.OCCUPATIONAL_SKILLS, null), R))
                .isTrue();
        assertThat(IndicatorRules.inCohort(Indicator.CREDENTIAL_RATE, training(f, TrainingType.ON_THE_JOB, null), R))
                .isFalse();
        assertThat(IndicatorRules.inCohort(Indicator.CREDENTIAL_RATE, training(f, TrainingType.CUSTOMIZED, null), R))
                .isFalse();
        PeriodFacts youth = exit(Program.YOUTH_IN_SCHOOL, LocalDate.of(2024, 6, 15));
        assertThat(IndicatorRules.inCohort(
                        Indicator.CREDENTIAL_RATE, training(youth, null, SchoolStatus.IN_SECONDARY_SCHOOL), R))
                .isTrue();
        PeriodFacts wp = exit(Program.WAGNER_PEYSER, LocalDate.of(2024, 6, 15));
        assertThat(IndicatorRules.inCohort(
                        Indicator.CREDENTIAL_RATE, training(wp, TrainingType.OCCUPATIONAL_SKILLS, null), R))
                .isFalse();
    }

    // TEGL 10-16 Ch. 1: a credential during participation or within one year after exit.
    @Test
    void credentialWithinOneYearAfterExit() {
        PeriodFacts f =
                training(exit(Program.ADULT, LocalDate.of(2024, 6, 15)), TrainingType.OCCUPATIONAL_SKILLS, null);
        assertThat(IndicatorRules.success(
                        Indicator.CREDENTIAL_RATE,
                        credential(f, CredentialType.OCCUPATIONAL_CERTIFICATE, LocalDate.of(2025, 6, 15)),
                        R))
                .isTrue();
        assertThat(IndicatorRules.success(
                        Indicator.CREDENTIAL_RATE,
                        credential(f, CredentialType.OCCUPATIONAL_CERTIFICATE, LocalDate.of(2025, 6, 16)),
                        R))
                .isFalse();
        assertThat(IndicatorRules.success(
                        Indicator.CREDENTIAL_RATE,
                        credential(
                                f,
                                CredentialType.OCCUPATIONAL_CERTIFICATE,
                                f.entryDate().minusDays(1)),
                        R))
                .isFalse();
    }

    // TEGL 10-16 Ch. 1: a secondary diploma counts only with employment or education/training within a year after exit.
    @Test
    void secondaryDiplomaNeedsEmploymentOrEducationWithinAYear() {
        PeriodFacts f = training(
                exit(Program.YOUTH_OUT_OF_SCHOOL, LocalDate.of(2024, 6, 15)),
                TrainingType.YOUTH_OCCUPATIONAL_SKILLS,
                null);
        PeriodFacts diploma = credential(f, CredentialType.SECONDARY_DIPLOMA, LocalDate.of(2024, 5, 1));
        assertThat(IndicatorRules.success(Indicator.CREDENTIAL_RATE, diploma, R))
                .isFalse();
        assertThat(IndicatorRules.success(Indicator.CREDENTIAL_RATE, employed(diploma, Set.of(3), Set.of()), R))
                .isTrue();
        assertThat(IndicatorRules.success(Indicator.CREDENTIAL_RATE, employed(diploma, Set.of(), Set.of(1)), R))
                .isTrue();
    }

    // TEGL 10-16 Ch. 1, Measurable Skill Gains: participants in education or training during the
    // period, whether or not they exited; a gain in the period counts.
    @Test
    void skillGainsCohortIsParticipationInTheWindow() {
        PeriodFacts f =
                training(exit(Program.ADULT, LocalDate.of(2025, 9, 30)), TrainingType.OCCUPATIONAL_SKILLS, null);
        PeriodFacts open = gains(f, LocalDate.of(2025, 8, 1), null);
        assertThat(IndicatorRules.inCohort(Indicator.MEASURABLE_SKILL_GAINS, open, R))
                .isTrue();
        assertThat(IndicatorRules.success(Indicator.MEASURABLE_SKILL_GAINS, open, R))
                .isFalse();
        assertThat(IndicatorRules.success(
                        Indicator.MEASURABLE_SKILL_GAINS,
                        gains(f, LocalDate.of(2025, 8, 1), null, LocalDate.of(2026, 6, 30)),
                        R))
                .isTrue();
        // a gain before the window, or after the exit, does not count
        assertThat(IndicatorRules.success(
                        Indicator.MEASURABLE_SKILL_GAINS,
                        gains(f, LocalDate.of(2025, 1, 1), null, LocalDate.of(2025, 6, 30)),
                        R))
                .isFalse();
        assertThat(IndicatorRules.success(
                        Indicator.MEASURABLE_SKILL_GAINS,
                        gains(f, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2)),
                        R))
                .isFalse();
        // exited before the window: not in it
        assertThat(IndicatorRules.inCohort(
                        Indicator.MEASURABLE_SKILL_GAINS,
                        gains(f, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
                        R))
                .isFalse();
    }

    @Test
    void skillGainsNeedEducationOrTrainingAndNoExclusion() {
        PeriodFacts none = gains(exit(Program.ADULT, LocalDate.of(2025, 9, 30)), LocalDate.of(2025, 8, 1), null);
        assertThat(IndicatorRules.inCohort(Indicator.MEASURABLE_SKILL_GAINS, none, R))
                .isFalse();
        // OJT leads to employment: it counts for skill gains (unlike credentials)
        assertThat(IndicatorRules.inCohort(
                        Indicator.MEASURABLE_SKILL_GAINS, training(none, TrainingType.ON_THE_JOB, null), R))
                .isTrue();
        PeriodFacts exitedExcluded = with(
                gains(
                        training(none, TrainingType.ON_THE_JOB, null),
                        LocalDate.of(2025, 8, 1),
                        LocalDate.of(2026, 1, 10)),
                ExitExclusion.DECEASED);
        assertThat(IndicatorRules.inCohort(Indicator.MEASURABLE_SKILL_GAINS, exitedExcluded, R))
                .isFalse();
        PeriodFacts wp = training(
                gains(exit(Program.WAGNER_PEYSER, LocalDate.of(2025, 9, 30)), LocalDate.of(2025, 8, 1), null),
                TrainingType.OCCUPATIONAL_SKILLS,
                null);
        assertThat(IndicatorRules.inCohort(Indicator.MEASURABLE_SKILL_GAINS, wp, R))
                .isFalse();
    }

    @Test
    void windowsMoveWithTheReportQuarter() {
        assertThat(Indicator.EMPLOYMENT_Q2.first(R)).isEqualTo(new CalendarQuarter(2024, 3));
        assertThat(Indicator.EMPLOYMENT_Q2.last(R)).isEqualTo(new CalendarQuarter(2025, 2));
        assertThat(Indicator.CREDENTIAL_RATE.first(R)).isEqualTo(new CalendarQuarter(2024, 1));
        assertThat(Indicator.CREDENTIAL_RATE.last(R)).isEqualTo(new CalendarQuarter(2024, 4));
        assertThat(Indicator.MEASURABLE_SKILL_GAINS.first(R)).isEqualTo(new CalendarQuarter(2025, 3));
        assertThat(IndicatorSql.quarter(IndicatorSql.index(R))).isEqualTo(R);
    }

    @Test
    void quartersAreParsedAsTheApiWritesThem() {
        assertThat(ReportScopes.parseQuarter("2026Q3")).isEqualTo(new CalendarQuarter(2026, 3));
        assertThat(ReportScopes.parseQuarter("2026q1")).isEqualTo(new CalendarQuarter(2026, 1));
        assertThat(ReportScopes.parseQuarter("2026Q5")).isNull();
        assertThat(ReportScopes.parseQuarter("Q3 2026")).isNull();
    }
}
