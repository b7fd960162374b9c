package org.waypoint.service.wages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.wages.EmploymentByQuarter.Contact;
import org.waypoint.service.wages.EmploymentByQuarter.Wage;

/**
 * Employment in quarters 1-4 after exit, case by case, as TEGL 10-16, Change 1 (Attachment 3, the
 * employment indicators) reads: wage records first, supplemental evidence where they show nothing.
 * Exit on 2025-05-10 (2025 Q2): Q1 after exit is 2025 Q3, Q2 is 2025 Q4, Q3 2026 Q1, Q4 2026 Q2.
 */
class EmploymentByQuarterTest {

    private static final LocalDate EXIT = LocalDate.of(2025, 5, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    private static final CalendarQuarter Q1 = new CalendarQuarter(2025, 3);
    private static final CalendarQuarter Q2 = new CalendarQuarter(2025, 4);

    private static Wage wage(CalendarQuarter q, String fein, String amount) {
        return new Wage(q, fein, new BigDecimal(amount));
    }

    private static Contact employed(int quarter, LocalDate on, LocalDate start) {
        return new Contact(quarter, on, true, "Acme Dental", start, new BigDecimal("18.50"), new BigDecimal("40"));
    }

    @Test
    @DisplayName("TEGL 10-16 Ch.1: wages in a quarter's UI wage records mean employed; earnings are their sum")
    void wageRecordsShowEmploymentAndEarnings() {
        List<QuarterOutcome> quarters = EmploymentByQuarter.quarters(
                EXIT,
                TODAY,
                List.of(wage(Q1, "123456789", "4000.00"), wage(Q1, "987654321", "1250.50")),
                List.of(),
                Set.of());
        QuarterOutcome first = quarters.get(0);
        assertThat(first.calendarQuarter()).isEqualTo("2025 Q3");
        assertThat(first.employment()).isEqualTo(Employment.EMPLOYED);
        assertThat(first.source()).isEqualTo(OutcomeSource.UI_WAGE_RECORD);
        assertThat(first.earnings()).isEqualByComparingTo("5250.50");
        assertThat(first.earningsEstimated()).isFalse();
        assertThat(first.employers()).containsExactly("12-3456789", "98-7654321");
        assertThat(quarters.get(1).employment()).isEqualTo(Employment.UNKNOWN);
    }

    @Test
    @DisplayName("TEGL 10-16 Ch.1: wage records win over a follow-up contact for the same quarter")
    void wageRecordsWinOverAContact() {
        QuarterOutcome first = EmploymentByQuarter.quarters(
                        EXIT,
                        TODAY,
                        List.of(wage(Q1, "123456789", "3000")),
                        List.of(employed(1, LocalDate.of(2025, 8, 1), null)),
                        Set.of())
                .get(0);
        assertThat(first.source()).isEqualTo(OutcomeSource.UI_WAGE_RECORD);
        assertThat(first.earnings()).isEqualByComparingTo("3000");
    }

    @Test
    @DisplayName(
            "TEGL 10-16 Ch.1: without wage records, a reached contact may show employment; earnings are an estimate")
    void aContactIsSupplementalEvidenceWithAnEstimate() {
        QuarterOutcome first = EmploymentByQuarter.quarters(
                        EXIT,
                        TODAY,
                        List.of(),
                        List.of(employed(1, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 7, 14))),
                        Set.of(Q1))
                .get(0);
        assertThat(first.employment()).isEqualTo(Employment.EMPLOYED);
        assertThat(first.source()).isEqualTo(OutcomeSource.FOLLOW_UP_CONTACT);
        assertThat(first.earnings()).isEqualByComparingTo("9620.00"); // 18.50 x 40 x 13
        assertThat(first.earningsEstimated()).isTrue();
        assertThat(first.employers()).containsExactly("Acme Dental");
    }

    @Test
    @DisplayName(
            "a later contact about a job that began by a quarter's end covers that quarter; one that began later does not")
    void aContactCoversTheQuartersOfItsEmployment() {
        List<QuarterOutcome> started = EmploymentByQuarter.quarters(
                EXIT,
                TODAY,
                List.of(),
                List.of(employed(2, LocalDate.of(2025, 11, 20), LocalDate.of(2025, 9, 2))),
                Set.of());
        assertThat(started.get(0).employment()).isEqualTo(Employment.EMPLOYED);
        assertThat(started.get(1).employment()).isEqualTo(Employment.EMPLOYED);
        assertThat(started.get(2).employment()).isEqualTo(Employment.UNKNOWN);

        List<QuarterOutcome> later = EmploymentByQuarter.quarters(
                EXIT,
                TODAY,
                List.of(),
                List.of(employed(1, LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 6))),
                Set.of());
        assertThat(later.get(0).employment())
                .as("recorded for Q1, but the job began in Q2")
                .isEqualTo(Employment.UNKNOWN);
        assertThat(later.get(1).employment()).isEqualTo(Employment.EMPLOYED);
    }

    @Test
    @DisplayName("TEGL 10-16 Ch.1: a quarter the state reported without wages for the person is not employed")
    void aReportedQuarterWithoutWagesIsNotEmployed() {
        List<QuarterOutcome> quarters = EmploymentByQuarter.quarters(
                EXIT, TODAY, List.of(wage(Q1, "123456789", "0")), List.of(), Set.of(Q1, Q2));
        assertThat(quarters.get(0).employment()).isEqualTo(Employment.NOT_EMPLOYED);
        assertThat(quarters.get(0).source()).isEqualTo(OutcomeSource.UI_WAGE_RECORD);
        assertThat(quarters.get(1).employment()).isEqualTo(Employment.NOT_EMPLOYED);
        assertThat(quarters.get(2).employment()).isEqualTo(Employment.UNKNOWN);
    }

    @Test
    @DisplayName("a reached contact finding the person not employed in the quarter says not employed")
    void aContactFindingNoJob() {
        Contact none = new Contact(1, LocalDate.of(2025, 8, 1), false, null, null, null, null);
        QuarterOutcome first = EmploymentByQuarter.quarters(EXIT, TODAY, List.of(), List.of(none), Set.of())
                .get(0);
        assertThat(first.employment()).isEqualTo(Employment.NOT_EMPLOYED);
        assertThat(first.source()).isEqualTo(OutcomeSource.FOLLOW_UP_CONTACT);
    }

    @Test
    @DisplayName("a quarter that has not begun is unknown whatever is recorded")
    void aQuarterNotYetBegunIsUnknown() {
        List<QuarterOutcome> quarters = EmploymentByQuarter.quarters(
                EXIT,
                LocalDate.of(2025, 9, 1),
                List.of(),
                List.of(employed(1, LocalDate.of(2025, 8, 1), null)),
                Set.of());
        assertThat(quarters.get(0).employment()).isEqualTo(Employment.EMPLOYED);
        assertThat(quarters.get(1).employment()).isEqualTo(Employment.UNKNOWN);
    }
}
