package org.waypoint.service.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.followup.ContactOutcome;
import org.waypoint.persistence.followup.EmploymentStatus;
import org.waypoint.persistence.followup.FollowUpStatus;
import org.waypoint.persistence.participant.ExitExclusion;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.AdultFollowUp;

class FollowUpRulesTest {

    private static final LocalDate EXIT = LocalDate.of(2026, 2, 10); // 2026 Q1

    @Test
    @DisplayName("20 CFR 681.580: youth, in and out of school, always have follow-up, whatever the adult policy")
    void youthAlwaysOpen() {
        for (AdultFollowUp policy : AdultFollowUp.values()) {
            assertThat(FollowUpRules.opens(Program.YOUTH_IN_SCHOOL, null, policy))
                    .isTrue();
            assertThat(FollowUpRules.opens(Program.YOUTH_OUT_OF_SCHOOL, null, policy))
                    .isTrue();
        }
    }

    @Test
    @DisplayName("20 CFR 680.150: Adult and DW as the state sets; Georgia 3.3.1 I.E opens and decides at contact")
    void adultAsTheStateSets() {
        for (Program program : List.of(Program.ADULT, Program.DISLOCATED_WORKER)) {
            assertThat(FollowUpRules.opens(program, null, AdultFollowUp.ALL_EXITERS))
                    .isTrue();
            assertThat(FollowUpRules.opens(program, null, AdultFollowUp.EMPLOYED_EXITERS))
                    .isTrue();
            assertThat(FollowUpRules.opens(program, null, AdultFollowUp.NONE)).isFalse();
        }
    }

    @Test
    @DisplayName("Wagner-Peyser exits open no follow-up period")
    void wagnerPeyserNone() {
        assertThat(FollowUpRules.opens(Program.WAGNER_PEYSER, null, AdultFollowUp.ALL_EXITERS))
                .isFalse();
    }

    @Test
    @DisplayName("PIRL 923 / 20 CFR 677.155(b): an excluded exit (deceased, institutionalized, ...) opens none")
    void exclusionsOpenNone() {
        for (ExitExclusion exclusion : ExitExclusion.values()) {
            assertThat(FollowUpRules.opens(Program.YOUTH_OUT_OF_SCHOOL, exclusion, AdultFollowUp.ALL_EXITERS))
                    .as(exclusion.name())
                    .isFalse();
            assertThat(FollowUpRules.opens(Program.ADULT, exclusion, AdultFollowUp.ALL_EXITERS))
                    .isFalse();
        }
    }

    @Test
    @DisplayName("TEGL 10-16 Ch. 1 quarters: Qn due by the last day of the nth quarter after the exit's quarter")
    void dueDates() {
        assertThat(FollowUpRules.dueBy(EXIT, 1)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(FollowUpRules.dueBy(EXIT, 2)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(FollowUpRules.dueBy(EXIT, 3)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(FollowUpRules.dueBy(EXIT, 4)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(FollowUpRules.endsOn(EXIT)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(FollowUpRules.endsOn(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(FollowUpRules.endsOn(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(FollowUpRules.opensOn(EXIT, 1)).isEqualTo(EXIT.plusDays(1));
        assertThat(FollowUpRules.opensOn(EXIT, 2)).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    @DisplayName("a contact counts for the quarter after exit its date falls in; the exit's own quarter is Q1")
    void quarterOfAContact() {
        assertThat(FollowUpRules.quarterOf(EXIT, EXIT)).isEqualTo(1);
        assertThat(FollowUpRules.quarterOf(EXIT, LocalDate.of(2026, 3, 20))).isEqualTo(1);
        assertThat(FollowUpRules.quarterOf(EXIT, LocalDate.of(2026, 4, 1))).isEqualTo(1);
        assertThat(FollowUpRules.quarterOf(EXIT, LocalDate.of(2026, 7, 1))).isEqualTo(2);
        assertThat(FollowUpRules.quarterOf(EXIT, LocalDate.of(2026, 12, 31))).isEqualTo(3);
        assertThat(FollowUpRules.quarterOf(EXIT, LocalDate.of(2027, 3, 31))).isEqualTo(4);
        assertThat(FollowUpRules.quarterOf(EXIT, LocalDate.of(2027, 4, 1)))
                .as("after the period")
                .isZero();
        assertThat(FollowUpRules.quarterOf(EXIT, EXIT.minusDays(1)))
                .as("before exit")
                .isZero();
    }

    @Test
    @DisplayName("what is due on a day: done when reached, due in the quarter, overdue after it, upcoming before")
    void schedule() {
        List<FollowUpRules.Contact> contacts = List.of(
                new FollowUpRules.Contact(1, ContactOutcome.REACHED, false),
                new FollowUpRules.Contact(2, ContactOutcome.UNREACHABLE, false),
                new FollowUpRules.Contact(3, ContactOutcome.REACHED, true));
        List<FollowUpRules.Quarter> quarters =
                FollowUpRules.schedule(EXIT, FollowUpStatus.OPEN, contacts, LocalDate.of(2026, 11, 2));
        assertThat(quarters)
                .extracting(FollowUpRules.Quarter::state)
                .containsExactly(QuarterState.DONE, QuarterState.OVERDUE, QuarterState.DUE, QuarterState.UPCOMING);
        assertThat(FollowUpRules.schedule(EXIT, FollowUpStatus.DECLINED, contacts, LocalDate.of(2026, 11, 2)))
                .extracting(FollowUpRules.Quarter::state)
                .as("a closed period has nothing due")
                .containsExactly(QuarterState.DONE, QuarterState.CLOSED, QuarterState.CLOSED, QuarterState.CLOSED);
        assertThat(FollowUpRules.schedule(EXIT, FollowUpStatus.OPEN, List.of(), EXIT)
                        .get(0)
                        .state())
                .as("on the exit day Q1 is not due yet")
                .isEqualTo(QuarterState.UPCOMING);
    }

    @Test
    @DisplayName("20 CFR 681.580: a declined contact closes the period as declined, recorded as such")
    void declinedCloses() {
        FollowUpRules.Transition t = FollowUpRules.afterContact(
                Program.YOUTH_OUT_OF_SCHOOL,
                AdultFollowUp.ALL_EXITERS,
                2,
                ContactOutcome.DECLINED,
                null,
                EXIT.plusMonths(5));
        assertThat(t.status()).isEqualTo(FollowUpStatus.DECLINED);
        assertThat(t.reason()).contains("681.580");
        assertThat(t.on()).isEqualTo(EXIT.plusMonths(5));
    }

    @Test
    @DisplayName("an attempt that did not reach the person leaves the period open")
    void unreachableAttemptStaysOpen() {
        assertThat(FollowUpRules.afterContact(
                                Program.ADULT, AdultFollowUp.ALL_EXITERS, 4, ContactOutcome.UNREACHABLE, null, EXIT)
                        .status())
                .isEqualTo(FollowUpStatus.OPEN);
    }

    @Test
    @DisplayName("a reached contact in Q4 completes the period")
    void q4Completes() {
        assertThat(FollowUpRules.afterContact(
                                Program.YOUTH_IN_SCHOOL,
                                AdultFollowUp.ALL_EXITERS,
                                4,
                                ContactOutcome.REACHED,
                                null,
                                EXIT)
                        .status())
                .isEqualTo(FollowUpStatus.COMPLETED);
        assertThat(FollowUpRules.afterContact(
                                Program.YOUTH_IN_SCHOOL,
                                AdultFollowUp.ALL_EXITERS,
                                3,
                                ContactOutcome.REACHED,
                                null,
                                EXIT)
                        .status())
                .isEqualTo(FollowUpStatus.OPEN);
    }

    @Test
    @DisplayName(
            "Georgia 3.3.1 I.E: a reached Adult or DW not employed needs no more follow-up; youth and employed go on")
    void employedExitersOnly() {
        for (Program program : List.of(Program.ADULT, Program.DISLOCATED_WORKER)) {
            FollowUpRules.Transition t = FollowUpRules.afterContact(
                    program,
                    AdultFollowUp.EMPLOYED_EXITERS,
                    1,
                    ContactOutcome.REACHED,
                    EmploymentStatus.NOT_EMPLOYED,
                    EXIT);
            assertThat(t.status()).isEqualTo(FollowUpStatus.NOT_REQUIRED);
            assertThat(t.reason()).contains("Georgia 3.3.1 I.E");
        }
        assertThat(FollowUpRules.afterContact(
                                Program.ADULT,
                                AdultFollowUp.EMPLOYED_EXITERS,
                                1,
                                ContactOutcome.REACHED,
                                EmploymentStatus.EMPLOYED,
                                EXIT)
                        .status())
                .isEqualTo(FollowUpStatus.OPEN);
        assertThat(FollowUpRules.afterContact(
                                Program.ADULT,
                                AdultFollowUp.ALL_EXITERS,
                                1,
                                ContactOutcome.REACHED,
                                EmploymentStatus.NOT_EMPLOYED,
                                EXIT)
                        .status())
                .as("all exiters: not employed is followed up too")
                .isEqualTo(FollowUpStatus.OPEN);
        assertThat(FollowUpRules.afterContact(
                                Program.YOUTH_OUT_OF_SCHOOL,
                                AdultFollowUp.EMPLOYED_EXITERS,
                                1,
                                ContactOutcome.REACHED,
                                EmploymentStatus.NOT_EMPLOYED,
                                EXIT)
                        .status())
                .as("681.580: youth are followed up employed or not")
                .isEqualTo(FollowUpStatus.OPEN);
    }

    @Test
    @DisplayName("after a void, the contacts left standing decide: open again, or closed by the first that closes it")
    void replay() {
        LocalDate q2 = LocalDate.of(2026, 8, 3);
        assertThat(FollowUpRules.replay(Program.YOUTH_OUT_OF_SCHOOL, AdultFollowUp.ALL_EXITERS, List.of())
                        .status())
                .isEqualTo(FollowUpStatus.OPEN);
        FollowUpRules.Transition declined = FollowUpRules.replay(
                Program.YOUTH_OUT_OF_SCHOOL,
                AdultFollowUp.ALL_EXITERS,
                List.of(
                        new FollowUpRules.Standing(1, ContactOutcome.REACHED, null, EXIT.plusDays(60)),
                        new FollowUpRules.Standing(2, ContactOutcome.DECLINED, null, q2)));
        assertThat(declined.status()).isEqualTo(FollowUpStatus.DECLINED);
        assertThat(declined.on()).isEqualTo(q2);
    }

    @Test
    @DisplayName("staff close a period as unreachable or declined only")
    void staffCloses() {
        assertThat(FollowUpRules.staffMayClose(FollowUpStatus.UNREACHABLE)).isTrue();
        assertThat(FollowUpRules.staffMayClose(FollowUpStatus.DECLINED)).isTrue();
        assertThat(FollowUpRules.staffMayClose(FollowUpStatus.COMPLETED)).isFalse();
        assertThat(FollowUpRules.staffMayClose(FollowUpStatus.NOT_REQUIRED)).isFalse();
        assertThat(FollowUpRules.staffMayClose(FollowUpStatus.OPEN)).isFalse();
    }
}
