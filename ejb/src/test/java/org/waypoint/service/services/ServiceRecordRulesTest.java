package org.waypoint.service.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.services.ServiceRecordRules.CodeFacts;
import org.waypoint.service.services.ServiceRecordRules.EnrollmentFacts;
import org.waypoint.service.services.ServiceRecordRules.ServiceFacts;

/** What a recorded service must say, rule by rule, and the enrollment dates services drive. */
class ServiceRecordRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate ENTRY = LocalDate.of(2026, 3, 2);
    private static final CodeFacts JOB_SEARCH = new CodeFacts(
            "BC-JOB-SEARCH",
            "KY",
            true,
            ServiceCategory.BASIC_CAREER,
            EnumSet.of(Program.ADULT, Program.DISLOCATED_WORKER));
    private static final CodeFacts FOLLOW_UP =
            new CodeFacts("FU-ADULT-DW", "KY", true, ServiceCategory.FOLLOW_UP, EnumSet.of(Program.ADULT));
    private static final EnrollmentFacts ADULT_OPEN = new EnrollmentFacts(Program.ADULT, ENTRY, null);
    private static final EnrollmentFacts ADULT_EXITED =
            new EnrollmentFacts(Program.ADULT, ENTRY, LocalDate.of(2026, 5, 1));

    @Test
    @DisplayName("a completed service inside the enrollment passes")
    void aCompletedServicePasses() {
        assertThat(check(completed(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3)), JOB_SEARCH, ADULT_OPEN))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "status and dates as the table checks them: planned has no actual start, in progress one, completed an end")
    void statusFitsItsDates() {
        assertThat(check(input(ServiceStatus.PLANNED, null, LocalDate.of(2026, 4, 1), null), JOB_SEARCH, ADULT_OPEN))
                .containsOnlyKeys("plannedStart", "actualStart");
        assertThat(check(input(ServiceStatus.IN_PROGRESS, null, null, null), JOB_SEARCH, ADULT_OPEN))
                .containsOnlyKeys("actualStart");
        assertThat(check(
                        input(ServiceStatus.IN_PROGRESS, null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2)),
                        JOB_SEARCH,
                        ADULT_OPEN))
                .containsOnlyKeys("actualEnd");
        assertThat(check(
                        input(ServiceStatus.COMPLETED_SUCCESSFUL, null, LocalDate.of(2026, 4, 1), null),
                        JOB_SEARCH,
                        ADULT_OPEN))
                .containsOnlyKeys("actualEnd");
        assertThat(check(input(null, null, LocalDate.of(2026, 4, 1), null), JOB_SEARCH, ADULT_OPEN))
                .containsOnlyKeys("status");
        assertThat(check(input(ServiceStatus.NOT_COMPLETED, null, null, null), JOB_SEARCH, ADULT_OPEN))
                .isEmpty();
    }

    @Test
    @DisplayName("an end before its start is refused, planned and actual")
    void anEndBeforeItsStartIsRefused() {
        assertThat(check(completed(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 1)), JOB_SEARCH, ADULT_OPEN))
                .containsOnlyKeys("actualEnd");
        ServiceRecordInput planned = new ServiceRecordInput(
                null,
                1L,
                ServiceStatus.PLANNED,
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 6, 20),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(check(planned, JOB_SEARCH, ADULT_OPEN)).containsOnlyKeys("plannedEnd");
    }

    @Test
    @DisplayName("a delivered service is not in the future: one not yet started is planned")
    void actualDatesAreNotInTheFuture() {
        assertThat(check(input(ServiceStatus.IN_PROGRESS, null, TODAY.plusDays(1), null), JOB_SEARCH, ADULT_OPEN))
                .containsOnlyKeys("actualStart");
    }

    @Test
    @DisplayName("20 CFR 677.150(a): no service before the enrollment's entry date")
    void noServiceBeforeEntry() {
        Map<String, String> errors = check(completed(ENTRY.minusDays(1), ENTRY.plusDays(1)), JOB_SEARCH, ADULT_OPEN);
        assertThat(errors).containsOnlyKeys("actualStart");
        assertThat(errors.get("actualStart")).contains("03/02/2026").contains("677.150(a)");
    }

    @Test
    @DisplayName("20 CFR 680.150(b), TEGL 10-16: after exit only follow-up; anything else is a new enrollment")
    void afterExitOnlyFollowUp() {
        Map<String, String> errors =
                check(completed(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 2)), JOB_SEARCH, ADULT_EXITED);
        assertThat(errors).containsOnlyKeys("actualStart");
        assertThat(errors.get("actualStart")).contains("05/01/2026").contains("new period of participation");
        assertThat(check(completed(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 2)), FOLLOW_UP, ADULT_EXITED))
                .isEmpty();
        assertThat(check(completed(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 3)), JOB_SEARCH, ADULT_EXITED))
                .containsOnlyKeys("actualEnd");
    }

    @Test
    @DisplayName("the code: active, of the participant's state, funded by the enrollment's program")
    void theCodeIsActiveOfTheStateAndFunded() {
        ServiceRecordInput service = completed(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1));
        CodeFacts inactive =
                new CodeFacts("BC-OLD", "KY", false, ServiceCategory.BASIC_CAREER, EnumSet.of(Program.ADULT));
        assertThat(check(service, inactive, ADULT_OPEN).get("serviceCodeId")).contains("deactivated");
        assertThat(ServiceRecordRules.check(service, "KY", inactive, true, ADULT_OPEN, TODAY))
                .as("a service already naming a code deactivated since keeps it")
                .isEmpty();
        CodeFacts georgia =
                new CodeFacts("BC-JOB-SEARCH", "GA", true, ServiceCategory.BASIC_CAREER, EnumSet.of(Program.ADULT));
        assertThat(check(service, georgia, ADULT_OPEN).get("serviceCodeId")).contains("GA's catalog");
        CodeFacts youthOnly = new CodeFacts(
                "YE-01", "KY", true, ServiceCategory.YOUTH_ELEMENT, EnumSet.of(Program.YOUTH_OUT_OF_SCHOOL));
        assertThat(check(service, youthOnly, ADULT_OPEN).get("serviceCodeId")).contains("Adult program may not fund");
        assertThat(check(service, null, ADULT_OPEN)).containsOnlyKeys("serviceCodeId");
    }

    @Test
    @DisplayName("funding: a WIOA program that funds the code, or another source, not both")
    void fundingIsOneSource() {
        assertThat(check(funded(Program.ADULT, "Pell grant"), JOB_SEARCH, ADULT_OPEN))
                .containsOnlyKeys("fundingSource");
        assertThat(check(funded(Program.YOUTH_IN_SCHOOL, null), JOB_SEARCH, ADULT_OPEN))
                .containsOnlyKeys("fundingProgram");
        assertThat(check(funded(null, "Pell grant"), JOB_SEARCH, ADULT_OPEN)).isEmpty();
    }

    @Test
    @DisplayName("costs are not negative, in cents, and fit NUMERIC(12,2); texts fit their columns")
    void costsAndTextsFitTheirColumns() {
        assertThat(check(costs(new BigDecimal("-1.00"), null), JOB_SEARCH, ADULT_OPEN))
                .containsOnlyKeys("plannedCost");
        assertThat(check(costs(null, new BigDecimal("10.005")), JOB_SEARCH, ADULT_OPEN))
                .containsOnlyKeys("actualCost");
        assertThat(check(costs(new BigDecimal("10000000000.00"), null), JOB_SEARCH, ADULT_OPEN))
                .containsOnlyKeys("plannedCost");
        assertThat(check(costs(new BigDecimal("1200.50"), new BigDecimal("1100")), JOB_SEARCH, ADULT_OPEN))
                .isEmpty();
        ServiceRecordInput longText = new ServiceRecordInput(
                null,
                1L,
                ServiceStatus.NOT_COMPLETED,
                null,
                null,
                null,
                null,
                "p".repeat(201),
                null,
                null,
                null,
                null,
                "n".repeat(2001),
                null);
        assertThat(check(longText, JOB_SEARCH, ADULT_OPEN)).containsOnlyKeys("provider", "note");
        assertThat(ServiceRecordRules.checkVoidReason(" ")).containsOnlyKeys("reason");
        assertThat(ServiceRecordRules.checkVoidReason("r".repeat(501))).containsOnlyKeys("reason");
        assertThat(ServiceRecordRules.checkVoidReason("Entered for the wrong person"))
                .isEmpty();
    }

    @Test
    @DisplayName("20 CFR 677.150(a): the participation date is the first participation-level service that stands")
    void participationDate() {
        List<ServiceFacts> services = List.of(
                new ServiceFacts(false, false, ServiceStatus.COMPLETED_SUCCESSFUL, day(3, 1), day(3, 1), false),
                new ServiceFacts(true, true, ServiceStatus.COMPLETED_SUCCESSFUL, day(3, 5), day(3, 6), true),
                new ServiceFacts(true, true, ServiceStatus.IN_PROGRESS, day(3, 10), null, false),
                new ServiceFacts(true, true, ServiceStatus.PLANNED, null, null, false));
        assertThat(ServiceRecordRules.participationDate(services)).isEqualTo(day(3, 10));
        assertThat(ServiceRecordRules.participationDate(List.of())).isNull();
    }

    @Test
    @DisplayName(
            "20 CFR 677.150(c)(1): the last service for exit is the last end of a delivered service that keeps the clock")
    void lastServiceDate() {
        List<ServiceFacts> services = List.of(
                new ServiceFacts(true, true, ServiceStatus.COMPLETED_SUCCESSFUL, day(3, 5), day(3, 20), false),
                new ServiceFacts(true, true, ServiceStatus.COMPLETED_SUCCESSFUL, day(4, 1), day(4, 2), true),
                new ServiceFacts(true, false, ServiceStatus.COMPLETED_SUCCESSFUL, day(4, 5), day(4, 6), false),
                new ServiceFacts(true, true, ServiceStatus.NOT_COMPLETED, day(4, 7), day(4, 8), false));
        assertThat(ServiceRecordRules.lastServiceDate(services)).isEqualTo(day(3, 20));
    }

    @Test
    @DisplayName("20 CFR 677.150(c)(1): the services' end is the latest end of those that count, delivered ones only")
    void servicesEndOfDeliveredServices() {
        List<ServiceFacts> services = List.of(
                new ServiceFacts(true, true, ServiceStatus.COMPLETED_SUCCESSFUL, day(3, 5), day(3, 20), false),
                new ServiceFacts(true, true, ServiceStatus.IN_PROGRESS, day(4, 1), null, true),
                new ServiceFacts(true, false, ServiceStatus.IN_PROGRESS, day(4, 5), null, false),
                new ServiceFacts(false, true, ServiceStatus.PLANNED, null, null, false),
                new ServiceFacts(true, true, ServiceStatus.NOT_COMPLETED, day(4, 7), null, false));
        assertThat(ServiceRecordRules.servicesEnd(services)).isEqualTo(day(3, 20));
    }

    @Test
    @DisplayName("TEGL 10-16 Change 1: a counting service planned or going on has no end, so no exit can fall due")
    void servicesEndWhileOneIsNotDelivered() {
        List<ServiceFacts> services = List.of(
                new ServiceFacts(true, true, ServiceStatus.COMPLETED_SUCCESSFUL, day(3, 5), day(3, 20), false),
                new ServiceFacts(true, true, ServiceStatus.PLANNED, null, null, false));
        assertThat(ServiceRecordRules.servicesEnd(services)).isEqualTo(ServiceRecordRules.NO_END);
        assertThat(ServiceRecordRules.servicesEnd(List.of())).isNull();
    }

    private static Map<String, String> check(ServiceRecordInput input, CodeFacts code, EnrollmentFacts enrollment) {
        return ServiceRecordRules.check(input, "KY", code, false, enrollment, TODAY);
    }

    private static ServiceRecordInput input(
            ServiceStatus status, LocalDate plannedStart, LocalDate actualStart, LocalDate actualEnd) {
        return new ServiceRecordInput(
                null, 1L, status, plannedStart, null, actualStart, actualEnd, null, null, null, null, null, null, null);
    }

    private static ServiceRecordInput completed(LocalDate start, LocalDate end) {
        return input(ServiceStatus.COMPLETED_SUCCESSFUL, null, start, end);
    }

    private static ServiceRecordInput funded(Program program, String source) {
        return new ServiceRecordInput(
                null,
                1L,
                ServiceStatus.NOT_COMPLETED,
                null,
                null,
                null,
                null,
                null,
                program,
                source,
                null,
                null,
                null,
                null);
    }

    private static ServiceRecordInput costs(BigDecimal planned, BigDecimal actual) {
        return new ServiceRecordInput(
                null,
                1L,
                ServiceStatus.NOT_COMPLETED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                planned,
                actual,
                null,
                null);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
