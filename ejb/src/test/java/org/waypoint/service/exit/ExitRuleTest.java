package org.waypoint.service.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.waypoint.persistence.participant.Program.ADULT;
import static org.waypoint.persistence.participant.Program.DISLOCATED_WORKER;
import static org.waypoint.persistence.participant.Program.WAGNER_PEYSER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.exit.ExitDecision.Outcome;
import org.waypoint.service.exit.ExitFacts.Enrollment;
import org.waypoint.service.exit.ExitFacts.PlannedGap;
import org.waypoint.service.exit.ExitFacts.Service;

/**
 * The exit rule case by case, each named with the rule it checks: 20 CFR 677.150(c)(1)(i) (90 days
 * without service, none planned; self-service, information-only and follow-up are not services for
 * exit; the exit date is the last day of service) and TEGL 10-16, Change 1 (planned gaps in service,
 * common exit, a new period of participation after exit).
 */
class ExitRuleTest {

    /** The last day of service in most cases; the 90th day after it is 10 April 2026. */
    private static final LocalDate LAST = LocalDate.of(2026, 1, 10);

    private static final LocalDate ENTRY = LocalDate.of(2025, 11, 3);

    private static final Enrollment ADULT_ENROLLMENT = new Enrollment(1, ADULT, ENTRY, null);

    /** 1 February to 31 March 2026: 59 days waiting for a training class that starts in April. */
    private static final PlannedGap WAITING_FOR_CLASS =
            new PlannedGap(ADULT, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31), "Training starts in April");

    // 20 CFR 677.150(c)(1)(i): at least 90 days without service; the exit date is the last day of service

    @Test
    @DisplayName("677.150(c)(1)(i): on the 90th day after the last service the enrollment is still open")
    void theNinetiethDayIsStillWithinTheNinetyDays() {
        ExitDecision decision = one(facts(LAST.plusDays(90), delivered(ADULT, LAST)));

        assertThat(LAST.plusDays(90)).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(decision.outcome()).isEqualTo(Outcome.WITHIN_90_DAYS);
        assertThat(decision.daysWithoutService()).isEqualTo(89);
        assertThat(decision.exitDate()).isNull();
        assertThat(decision.exitDueOn()).isEqualTo(LocalDate.of(2026, 4, 11));
        assertThat(decision.lastServiceDate()).isEqualTo(LAST);
    }

    @Test
    @DisplayName("677.150(c)(1)(i): on the 91st day it exits, dated the last day of service")
    void theNinetyFirstDayExitsOnTheLastDayOfService() {
        ExitDecision decision = one(facts(LAST.plusDays(91), delivered(ADULT, LAST)));

        assertThat(decision.outcome()).isEqualTo(Outcome.EXITS);
        assertThat(decision.exitDate()).isEqualTo(LAST);
        assertThat(decision.daysWithoutService()).isEqualTo(90);
    }

    @Test
    @DisplayName("677.150(c)(1): the last day of a service that ran for weeks is the day it ended")
    void aLongServiceCountsFromItsEnd() {
        Service training = new Service(ADULT, LocalDate.of(2025, 11, 1), ENTRY, LAST, true, true);

        assertThat(one(facts(LAST.plusDays(91), training)).exitDate()).isEqualTo(LAST);
    }

    @Test
    @DisplayName("677.150(a), (c): an enrollment with no service that counts has no period to end yet")
    void noServiceYetNoExit() {
        assertThat(one(facts(LAST)).outcome()).isEqualTo(Outcome.NO_SERVICE_YET);
    }

    // 20 CFR 677.150(c)(1)(i): self-service, information-only and follow-up services are not services for exit

    @Test
    @DisplayName(
            "677.150(c)(1)(i): self-service and information-only after the last staff service do not move the exit")
    void selfServiceDoesNotHoldTheExit() {
        Service selfService = new Service(ADULT, null, LAST.plusDays(60), LAST.plusDays(60), false, false);
        Service informationOnly = new Service(ADULT, null, LAST.plusDays(80), LAST.plusDays(80), false, false);

        ExitDecision decision = one(facts(LAST.plusDays(91), delivered(ADULT, LAST), selfService, informationOnly));

        assertThat(decision.outcome()).isEqualTo(Outcome.EXITS);
        assertThat(decision.exitDate()).isEqualTo(LAST);
    }

    @Test
    @DisplayName(
            "677.150(c)(1)(i): follow-up delivered or planned does not hold the exit (none planned except follow-up)")
    void followUpDoesNotHoldTheExit() {
        Service followUpGiven = new Service(ADULT, null, LAST.plusDays(45), LAST.plusDays(45), false, false);
        Service followUpPlanned = new Service(ADULT, LAST.plusDays(120), null, null, false, false);

        ExitDecision decision = one(facts(LAST.plusDays(91), delivered(ADULT, LAST), followUpGiven, followUpPlanned));

        assertThat(decision.outcome()).isEqualTo(Outcome.EXITS);
        assertThat(decision.exitDate()).isEqualTo(LAST);
    }

    @Test
    @DisplayName("677.150(c)(1): a code that does not keep the exit clock running does not count, whatever else it is")
    void aServiceThatDoesNotKeepTheClockDoesNotCount() {
        Service busPass = new Service(ADULT, null, LAST.plusDays(30), LAST.plusDays(30), true, false);

        assertThat(one(facts(LAST.plusDays(91), delivered(ADULT, LAST), busPass))
                        .exitDate())
                .isEqualTo(LAST);
    }

    // 20 CFR 677.150(c)(1)(i): there must be no plans to provide the participant with future services

    @Test
    @DisplayName("677.150(c)(1)(i): a planned future service holds the exit past the 90 days")
    void aPlannedServiceHoldsTheExit() {
        Service plannedTraining = new Service(ADULT, LAST.plusDays(120), null, null, true, true);

        ExitDecision decision = one(facts(LAST.plusDays(100), delivered(ADULT, LAST), plannedTraining));

        assertThat(decision.outcome()).isEqualTo(Outcome.SERVICE_PLANNED);
        assertThat(decision.exitDate()).isNull();
        assertThat(decision.exitDueOn()).isNull();
        assertThat(decision.daysWithoutService()).isEqualTo(99);
    }

    @Test
    @DisplayName("677.150(c)(1)(i): once the planned service is delivered, the 90 days count from its end")
    void theDeliveredPlanMovesTheLastDay() {
        LocalDate end = LAST.plusDays(130);
        Service training = new Service(ADULT, LAST.plusDays(120), LAST.plusDays(121), end, true, true);

        assertThat(one(facts(end.plusDays(90), delivered(ADULT, LAST), training))
                        .outcome())
                .isEqualTo(Outcome.WITHIN_90_DAYS);
        assertThat(one(facts(end.plusDays(91), delivered(ADULT, LAST), training))
                        .exitDate())
                .isEqualTo(end);
    }

    @Test
    @DisplayName("677.150(c)(1)(i): a service going on (started, not ended) holds the exit")
    void aServiceInProgressHoldsTheExit() {
        Service training = new Service(ADULT, null, LocalDate.of(2025, 12, 1), null, true, true);

        ExitDecision decision = one(facts(LAST.plusDays(200), training));

        assertThat(decision.outcome()).isEqualTo(Outcome.IN_SERVICE);
        assertThat(decision.lastServiceDate()).isNull();
    }

    // TEGL 10-16, Change 1: a documented planned gap in service holds the clock where the state allows it

    @Test
    @DisplayName("TEGL 10-16 Ch. 1, planned gap: its days do not count, so the exit moves 59 days later")
    void aPlannedGapHoldsTheClock() {
        ExitDecision onTheUsualDay = one(gapFacts(LAST.plusDays(91), true));

        assertThat(onTheUsualDay.outcome()).isEqualTo(Outcome.WITHIN_90_DAYS);
        assertThat(onTheUsualDay.daysWithoutService()).isEqualTo(31);
        assertThat(onTheUsualDay.exitDueOn()).isEqualTo(LAST.plusDays(91 + 59));
        assertThat(one(gapFacts(LAST.plusDays(91 + 58), true)).outcome()).isEqualTo(Outcome.WITHIN_90_DAYS);
        ExitDecision later = one(gapFacts(LAST.plusDays(91 + 59), true));
        assertThat(later.outcome()).isEqualTo(Outcome.EXITS);
        assertThat(later.exitDate()).as("still the last day of service").isEqualTo(LAST);
    }

    @Test
    @DisplayName("TEGL 10-16 Ch. 1, planned gap: during the gap the enrollment shows as in a planned gap")
    void duringTheGap() {
        assertThat(one(gapFacts(LocalDate.of(2026, 3, 1), true)).outcome()).isEqualTo(Outcome.GAP_IN_SERVICE);
    }

    @Test
    @DisplayName("TEGL 10-16 Ch. 1, planned gap: where the state does not allow gaps, the 90 days run through it")
    void aStateWithoutGapsIgnoresThem() {
        ExitDecision decision = one(gapFacts(LAST.plusDays(91), false));

        assertThat(decision.outcome()).isEqualTo(Outcome.EXITS);
        assertThat(decision.exitDate()).isEqualTo(LAST);
    }

    @Test
    @DisplayName("TEGL 10-16 Ch. 1, planned gap: a gap is documented with its reason")
    void aGapNeedsAReason() {
        assertThatThrownBy(() -> new PlannedGap(ADULT, LAST, LAST.plusDays(30), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
    }

    // TEGL 10-16, Change 1: common exit across co-enrolled programs is the state's choice

    @Test
    @DisplayName("TEGL 10-16 Ch. 1, common exit off: each program exits on its own last service")
    void withoutCommonExitEachProgramExitsAlone() {
        List<ExitDecision> decisions = ExitRule.decide(coEnrolled(LAST.plusDays(91), false));

        assertThat(decisions)
                .extracting(ExitDecision::program, ExitDecision::outcome, ExitDecision::exitDate)
                .containsExactly(tuple(ADULT, Outcome.EXITS, LAST), tuple(WAGNER_PEYSER, Outcome.WITHIN_90_DAYS, null));
    }

    @Test
    @DisplayName("TEGL 10-16 Ch. 1, common exit on: one exit for all co-enrolled programs, on the last service of any")
    void withCommonExitOneExitOnTheLastServiceOfAny() {
        LocalDate lastWagnerPeyser = LocalDate.of(2026, 3, 1);

        assertThat(ExitRule.decide(coEnrolled(LAST.plusDays(91), true)))
                .extracting(ExitDecision::outcome)
                .containsOnly(Outcome.WITHIN_90_DAYS);
        assertThat(ExitRule.decide(coEnrolled(lastWagnerPeyser.plusDays(91), true)))
                .extracting(ExitDecision::program, ExitDecision::outcome, ExitDecision::exitDate)
                .containsExactly(
                        tuple(ADULT, Outcome.EXITS, lastWagnerPeyser),
                        tuple(WAGNER_PEYSER, Outcome.EXITS, lastWagnerPeyser));
    }

    @Test
    @DisplayName("TEGL 10-16 Ch. 1, common exit on: a service planned in one program holds the exit of all")
    void withCommonExitAPlanInOneProgramHoldsAll() {
        Enrollment dislocated = new Enrollment(3, DISLOCATED_WORKER, ENTRY, null);
        Enrollment wagnerPeyser = new Enrollment(2, WAGNER_PEYSER, ENTRY, null);
        Service planned = new Service(WAGNER_PEYSER, LAST.plusDays(150), null, null, true, true);

        List<ExitDecision> decisions = ExitRule.decide(new ExitFacts(
                LAST.plusDays(120),
                true,
                false,
                List.of(dislocated, wagnerPeyser),
                List.of(delivered(DISLOCATED_WORKER, LAST), planned),
                List.of()));

        assertThat(decisions).extracting(ExitDecision::outcome).containsOnly(Outcome.SERVICE_PLANNED);
    }

    // TEGL 10-16, Change 1: a service after exit starts a new period of participation

    @Test
    @DisplayName(
            "TEGL 10-16 Ch. 1, re-entry: a service that counts after the exit date starts a new period; follow-up does not")
    void aNewServiceAfterExitStartsANewPeriod() {
        Enrollment exited = new Enrollment(1, ADULT, ENTRY, LAST);
        LocalDate back = LocalDate.of(2026, 9, 1);

        assertThat(ExitRule.startsNewPeriod(exited, delivered(ADULT, back))).isTrue();
        assertThat(ExitRule.startsNewPeriod(exited, new Service(ADULT, back, null, null, true, true)))
                .as("a planned one too")
                .isTrue();
        assertThat(ExitRule.startsNewPeriod(exited, new Service(ADULT, null, back, back, false, false)))
                .as("follow-up or self-service")
                .isFalse();
        assertThat(ExitRule.startsNewPeriod(exited, delivered(DISLOCATED_WORKER, back)))
                .as("another program's service is that program's matter")
                .isFalse();
        assertThat(ExitRule.startsNewPeriod(ADULT_ENROLLMENT, delivered(ADULT, back)))
                .as("an open enrollment goes on")
                .isFalse();
    }

    @Test
    @DisplayName("TEGL 10-16 Ch. 1, re-entry: the exited period stays exited and the new one has its own exit")
    void theNewPeriodHasItsOwnExit() {
        LocalDate back = LocalDate.of(2026, 9, 1);
        Enrollment exited = new Enrollment(1, ADULT, ENTRY, LAST);
        Enrollment again = new Enrollment(2, ADULT, back, null);

        List<ExitDecision> decisions = ExitRule.decide(new ExitFacts(
                back.plusDays(91),
                false,
                false,
                List.of(exited, again),
                List.of(delivered(ADULT, LAST), delivered(ADULT, back)),
                List.of()));

        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.enrollmentId()).isEqualTo(2);
            assertThat(d.outcome()).isEqualTo(Outcome.EXITS);
            assertThat(d.exitDate()).isEqualTo(back);
        });
    }

    private static Service delivered(Program program, LocalDate day) {
        return new Service(program, null, day, day, true, true);
    }

    private static ExitFacts facts(LocalDate asOf, Service... services) {
        return new ExitFacts(asOf, false, false, List.of(ADULT_ENROLLMENT), List.of(services), List.of());
    }

    private static ExitFacts gapFacts(LocalDate asOf, boolean allowed) {
        return new ExitFacts(
                asOf,
                false,
                allowed,
                List.of(ADULT_ENROLLMENT),
                List.of(delivered(ADULT, LAST)),
                List.of(WAITING_FOR_CLASS));
    }

    /** Adult with its last service on {@link #LAST}, Wagner-Peyser with its last on 1 March 2026. */
    private static ExitFacts coEnrolled(LocalDate asOf, boolean commonExit) {
        return new ExitFacts(
                asOf,
                commonExit,
                false,
                List.of(ADULT_ENROLLMENT, new Enrollment(2, WAGNER_PEYSER, ENTRY, null)),
                List.of(delivered(ADULT, LAST), delivered(WAGNER_PEYSER, LocalDate.of(2026, 3, 1))),
                List.of());
    }

    private static ExitDecision one(ExitFacts facts) {
        List<ExitDecision> decisions = ExitRule.decide(facts);
        assertThat(decisions).hasSize(1);
        return decisions.get(0);
    }
}
