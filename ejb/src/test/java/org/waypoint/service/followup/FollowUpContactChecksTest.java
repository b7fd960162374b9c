package org.waypoint.service.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.followup.ContactMethod;
import org.waypoint.persistence.followup.ContactOutcome;
import org.waypoint.persistence.followup.EmploymentStatus;
import org.waypoint.persistence.followup.EmploymentVerification;
import org.waypoint.persistence.followup.YouthPlacement;

class FollowUpContactChecksTest {

    private static final LocalDate EXIT = LocalDate.of(2026, 2, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final FollowUpContactChecks.PeriodFacts ADULT =
            new FollowUpContactChecks.PeriodFacts(EXIT, FollowUpRules.endsOn(EXIT), false);
    private static final FollowUpContactChecks.PeriodFacts YOUTH =
            new FollowUpContactChecks.PeriodFacts(EXIT, FollowUpRules.endsOn(EXIT), true);

    @Test
    @DisplayName("a reached contact with employment verified by pay stub (TEGL 23-19) passes")
    void employedContactPasses() {
        assertThat(check(employed(new BigDecimal("17.25"), new BigDecimal("40")), ADULT))
                .isEmpty();
    }

    @Test
    @DisplayName("contactDate: required, not before exit, not in the future, not after the period's end")
    void contactDate() {
        assertThat(check(contact(null, ContactOutcome.UNREACHABLE), ADULT)).containsKey("contactDate");
        assertThat(check(contact(EXIT.minusDays(1), ContactOutcome.UNREACHABLE), ADULT))
                .containsKey("contactDate");
        assertThat(check(contact(TODAY.plusDays(1), ContactOutcome.UNREACHABLE), ADULT))
                .containsKey("contactDate");
        FollowUpContactChecks.PeriodFacts ended =
                new FollowUpContactChecks.PeriodFacts(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 6, 30), false);
        assertThat(check(contact(LocalDate.of(2025, 7, 1), ContactOutcome.UNREACHABLE), ended))
                .containsKey("contactDate");
    }

    @Test
    @DisplayName("employment fields only with a reached contact, each named")
    void employmentOnlyWhenReached() {
        FollowUpContactInput input = new FollowUpContactInput(
                TODAY,
                ContactMethod.PHONE,
                null,
                ContactOutcome.UNREACHABLE,
                EmploymentStatus.EMPLOYED,
                "Acme",
                null,
                null,
                new BigDecimal("12"),
                null,
                null,
                null,
                null,
                List.of(),
                1L);
        assertThat(check(input, ADULT)).containsKeys("employmentStatus", "employer", "hourlyWage");
    }

    @Test
    @DisplayName("TEGL 23-19: employment needs how it was verified; a not-employed exiter has no job fields")
    void verification() {
        FollowUpContactInput unverified = new FollowUpContactInput(
                TODAY,
                ContactMethod.PHONE,
                null,
                ContactOutcome.REACHED,
                EmploymentStatus.EMPLOYED,
                "Acme",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                1L);
        assertThat(check(unverified, ADULT)).containsOnlyKeys("verification");
        FollowUpContactInput notEmployed = new FollowUpContactInput(
                TODAY,
                ContactMethod.PHONE,
                null,
                ContactOutcome.REACHED,
                EmploymentStatus.NOT_EMPLOYED,
                "Acme",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                1L);
        assertThat(check(notEmployed, ADULT)).containsOnlyKeys("employer");
    }

    @Test
    @DisplayName("wage at least 0 with two decimals; hours more than 0, at most 168, one decimal (V20 columns)")
    void wageAndHours() {
        assertThat(check(employed(new BigDecimal("-1"), null), ADULT)).containsOnlyKeys("hourlyWage");
        assertThat(check(employed(new BigDecimal("12.345"), null), ADULT)).containsOnlyKeys("hourlyWage");
        assertThat(check(employed(new BigDecimal("100000"), null), ADULT)).containsOnlyKeys("hourlyWage");
        assertThat(check(employed(BigDecimal.ZERO, null), ADULT)).isEmpty();
        assertThat(check(employed(null, BigDecimal.ZERO), ADULT)).containsOnlyKeys("weeklyHours");
        assertThat(check(employed(null, new BigDecimal("168.5")), ADULT)).containsOnlyKeys("weeklyHours");
        assertThat(check(employed(null, new BigDecimal("37.25")), ADULT)).containsOnlyKeys("weeklyHours");
        assertThat(check(employed(null, new BigDecimal("168")), ADULT)).isEmpty();
    }

    @Test
    @DisplayName("the occupation is a SOC code of the LMI list")
    void socCode() {
        assertThat(check(withSoc("nurse"), ADULT)).containsOnlyKeys("socCode");
        assertThat(check(withSoc("99-9999"), ADULT)).containsOnlyKeys("socCode");
        assertThat(check(withSoc("319091"), ADULT)).isEmpty();
        assertThat(check(withSoc("31-9091.00"), ADULT)).isEmpty();
    }

    @Test
    @DisplayName("a youth placement only for youth enrollments (20 CFR 681.580)")
    void youthPlacement() {
        FollowUpContactInput placed = new FollowUpContactInput(
                TODAY,
                ContactMethod.IN_PERSON,
                null,
                ContactOutcome.REACHED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                YouthPlacement.APPRENTICESHIP,
                null,
                List.of(),
                1L);
        assertThat(check(placed, YOUTH)).isEmpty();
        assertThat(check(placed, ADULT)).containsOnlyKeys("youthPlacement");
    }

    @Test
    @DisplayName("services named by their row; method, outcome and version required")
    void servicesAndRequired() {
        FollowUpContactInput input = new FollowUpContactInput(
                TODAY,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(
                        new FollowUpServiceInput(5L, TODAY, null),
                        new FollowUpServiceInput(null, EXIT.minusDays(3), null)),
                null);
        assertThat(check(input, ADULT)).containsKeys("method", "outcome", "services", "version");
        FollowUpContactInput reached = new FollowUpContactInput(
                TODAY,
                ContactMethod.PHONE,
                null,
                ContactOutcome.REACHED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(
                        new FollowUpServiceInput(5L, TODAY, null),
                        new FollowUpServiceInput(null, EXIT.minusDays(3), null)),
                1L);
        assertThat(check(reached, ADULT)).containsOnlyKeys("services[1].serviceCodeId", "services[1].serviceDate");
    }

    @Test
    @DisplayName("a void or close reason is required and fits its column")
    void reason() {
        assertThat(FollowUpContactChecks.checkReason(" ")).containsKey("reason");
        assertThat(FollowUpContactChecks.checkReason("x".repeat(501))).containsKey("reason");
        assertThat(FollowUpContactChecks.checkReason("Entered twice")).isEmpty();
    }

    private static Map<String, String> check(FollowUpContactInput input, FollowUpContactChecks.PeriodFacts period) {
        return FollowUpContactChecks.check(input, period, TODAY, soc -> soc.equals("31-9091"));
    }

    private static FollowUpContactInput contact(LocalDate date, ContactOutcome outcome) {
        return new FollowUpContactInput(
                date,
                ContactMethod.PHONE,
                null,
                outcome,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                1L);
    }

    private static FollowUpContactInput employed(BigDecimal wage, BigDecimal hours) {
        return new FollowUpContactInput(
                TODAY,
                ContactMethod.PHONE,
                null,
                ContactOutcome.REACHED,
                EmploymentStatus.EMPLOYED,
                "Acme",
                TODAY.minusDays(30),
                "31-9091",
                wage,
                hours,
                EmploymentVerification.PAY_STUB,
                null,
                null,
                List.of(),
                1L);
    }

    private static FollowUpContactInput withSoc(String soc) {
        return new FollowUpContactInput(
                TODAY,
                ContactMethod.PHONE,
                null,
                ContactOutcome.REACHED,
                EmploymentStatus.EMPLOYED,
                "Acme",
                null,
                soc,
                null,
                null,
                EmploymentVerification.SELF_ATTESTATION,
                null,
                null,
                List.of(),
                1L);
    }
}
