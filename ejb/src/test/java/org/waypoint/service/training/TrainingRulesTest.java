package org.waypoint.service.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.training.TrainingOutcome;
import org.waypoint.persistence.training.TrainingType;

/** The training rules case by case, each with the regulation it comes from. */
class TrainingRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final BigDecimal CAP = new BigDecimal("5000.00");

    @Test
    @DisplayName("an ITA within the cap for an ETPL program, with other aid considered, passes")
    void aCompleteItaPasses() {
        assertThat(TrainingRules.check(ita(new BigDecimal("4500.00"), 7L, true), CAP))
                .isEmpty();
    }

    @Test
    @DisplayName("20 CFR 680.310: an ITA above the local board's cap names itaAmount; at the cap it passes")
    void anItaAboveTheCapIsRefused() {
        assertThat(TrainingRules.check(ita(new BigDecimal("5000.01"), 7L, true), CAP))
                .containsOnlyKeys("itaAmount")
                .extractingByKey("itaAmount")
                .asString()
                .contains("$5000.00");
        assertThat(TrainingRules.check(ita(CAP, 7L, true), CAP)).isEmpty();
        assertThat(TrainingRules.check(ita(new BigDecimal("90000"), 7L, true), null))
                .as("no cap set by the board")
                .isEmpty();
    }

    @Test
    @DisplayName("20 CFR 680.410: an ITA pays only for an Eligible Training Provider List program")
    void anItaNeedsAnEtplProgram() {
        assertThat(TrainingRules.check(ita(new BigDecimal("100"), null, true), CAP))
                .containsOnlyKeys("trainingProgramId");
    }

    @Test
    @DisplayName("20 CFR 680.230: Pell Grants and other aid are considered before an ITA pays")
    void otherAidIsConsideredFirst() {
        assertThat(TrainingRules.check(ita(new BigDecimal("100"), 7L, false), CAP))
                .containsOnlyKeys("otherAidConsidered");
    }

    @Test
    @DisplayName("ends before the start and an outcome without an end are refused, naming the field")
    void datesAreChecked() {
        TrainingInput early = new TrainingInput(
                null,
                "TR-ITA",
                7L,
                TrainingType.OCCUPATIONAL_SKILLS,
                START,
                START.minusDays(1),
                START.minusDays(2),
                TrainingOutcome.COMPLETED,
                null,
                null,
                false,
                null,
                null,
                null);
        assertThat(TrainingRules.check(early, CAP)).containsOnlyKeys("plannedEnd", "actualEnd");
        TrainingInput noEnd = new TrainingInput(
                null,
                "TR-ITA",
                7L,
                TrainingType.OCCUPATIONAL_SKILLS,
                START,
                null,
                null,
                TrainingOutcome.WITHDREW,
                null,
                null,
                false,
                null,
                null,
                null);
        assertThat(TrainingRules.check(noEnd, CAP)).containsOnlyKeys("actualEnd");
        TrainingInput noOutcome = new TrainingInput(
                null,
                "TR-ITA",
                7L,
                TrainingType.OCCUPATIONAL_SKILLS,
                START,
                null,
                START.plusDays(30),
                null,
                null,
                null,
                false,
                null,
                null,
                null);
        assertThat(TrainingRules.check(noOutcome, CAP)).containsOnlyKeys("outcome");
    }

    @Test
    @DisplayName("20 CFR 680.700, 680.760: on-the-job and customized training name the employer")
    void trainingAtAnEmployerNamesIt() {
        TrainingInput ojt = new TrainingInput(
                null,
                "TR-OJT",
                null,
                TrainingType.ON_THE_JOB,
                START,
                null,
                null,
                null,
                " ",
                null,
                false,
                null,
                null,
                null);
        assertThat(TrainingRules.check(ojt, CAP)).containsOnlyKeys("employer");
    }

    @Test
    @DisplayName("amounts below 0 are refused")
    void negativeAmountsAreRefused() {
        TrainingInput negative = new TrainingInput(
                null,
                "TR-ITA",
                7L,
                TrainingType.OCCUPATIONAL_SKILLS,
                START,
                null,
                null,
                null,
                null,
                new BigDecimal("-1"),
                true,
                new BigDecimal("-5"),
                null,
                null);
        assertThat(TrainingRules.check(negative, CAP)).containsKeys("itaAmount", "otherAidAmount");
    }

    @Test
    @DisplayName("Kentucky 24-003: where the state requires it, training waits for a signed IEP/ISS")
    void theStatesGate() {
        LocalDate signed = LocalDate.of(2026, 11, 2);
        assertThat(TrainingRules.gate(true, null, signed, "Kentucky"))
                .containsOnlyKeys("plan")
                .extractingByKey("plan")
                .asString()
                .contains("Kentucky");
        assertThat(TrainingRules.gate(true, signed, signed, "Kentucky"))
                .as("training may start the day the plan is signed")
                .isEmpty();
        assertThat(TrainingRules.gate(true, signed, signed.minusDays(1), "Kentucky"))
                .as("the IEP/ISS is completed prior to enrollment of career training services")
                .containsOnlyKeys("startDate")
                .extractingByKey("startDate")
                .asString()
                .contains("11/02/2026");
        assertThat(TrainingRules.gate(false, null, signed, "Georgia")).isEmpty();
    }

    @Test
    @DisplayName("the service record is planned before the start, in progress, then completed as it ended")
    void theServiceRecordFollowsTheDates() {
        LocalDate today = LocalDate.of(2026, 10, 1);
        assertThat(TrainingService.status(today.plusDays(1), null, today).name())
                .isEqualTo("PLANNED");
        assertThat(TrainingService.status(today, null, today).name()).isEqualTo("IN_PROGRESS");
        assertThat(TrainingService.status(START, TrainingOutcome.COMPLETED_WITH_CREDENTIAL, today)
                        .name())
                .isEqualTo("COMPLETED_SUCCESSFUL");
        assertThat(TrainingService.status(START, TrainingOutcome.WITHDREW, today)
                        .name())
                .isEqualTo("COMPLETED_UNSUCCESSFUL");
    }

    private static TrainingInput ita(BigDecimal amount, Long program, boolean aidConsidered) {
        return new TrainingInput(
                null,
                "TR-ITA",
                program,
                TrainingType.OCCUPATIONAL_SKILLS,
                START,
                START.plusWeeks(30),
                null,
                null,
                null,
                amount,
                aidConsidered,
                null,
                null,
                null);
    }
}
