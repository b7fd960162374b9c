package org.waypoint.service.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanScheduleChanges.Change;
import org.waypoint.service.plan.PlanScheduleChanges.Kind;
import org.waypoint.service.plan.PlanScheduleChanges.Linked;
import org.waypoint.service.plan.PlanScheduleChanges.Planned;

/**
 * Issue 14: the plan's schedule of services becomes links to service records. Which rows create,
 * update or void a record when the plan is saved, and which rows cannot be saved.
 */
class PlanScheduleChangesTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 11);

    private static PlannedService row(String key, Long code, String provider) {
        return new PlannedService(
                key,
                code,
                Program.ADULT,
                ServiceType.INDIVIDUALIZED_CAREER,
                "Career counseling",
                provider,
                true,
                null,
                START,
                START.plusDays(30),
                new BigDecimal("150.00"),
                null,
                "Needs a plan to reach the goal");
    }

    private static Linked record(long id, String key, ServiceStatus status, PlannedService as) {
        return new Linked(id, key, status, false, Planned.of(as));
    }

    private static List<Change> decide(List<PlannedService> rows, List<Linked> records) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Change> changes = PlanScheduleChanges.decide(rows, records, errors);
        assertThat(errors).as("no row refused").isEmpty();
        return changes;
    }

    @Test
    void aNewCodedRowCreatesAPlannedRecord() {
        assertThat(decide(List.of(row("a", 7L, "KCC"), row("b", 8L, "BCTC")), List.of()))
                .containsExactly(new Change(Kind.CREATE, 0, null), new Change(Kind.CREATE, 1, null));
    }

    @Test
    void aRowWithoutACodeCreatesNothing() {
        assertThat(decide(List.of(row("a", null, "KCC")), List.of())).isEmpty();
    }

    @Test
    void anUnchangedRowLeavesItsRecordAlone() {
        PlannedService row = row("a", 7L, "KCC");

        assertThat(decide(List.of(row), List.of(record(11, "a", ServiceStatus.PLANNED, row))))
                .isEmpty();
    }

    @Test
    void aChangedRowUpdatesItsRecordWhileItIsStillPlanned() {
        PlannedService before = row("a", 7L, "KCC");

        assertThat(decide(
                        List.of(row("a", 7L, "Georgetown KCC")),
                        List.of(record(11, "a", ServiceStatus.PLANNED, before))))
                .containsExactly(new Change(Kind.UPDATE, 0, 11L));
    }

    @Test
    void aChangedRowLeavesADeliveredRecordAsItWas() {
        PlannedService before = row("a", 7L, "KCC");

        assertThat(decide(
                        List.of(row("a", 7L, "Georgetown KCC")),
                        List.of(record(11, "a", ServiceStatus.IN_PROGRESS, before))))
                .isEmpty();
    }

    @Test
    void aRemovedRowVoidsItsStillPlannedRecord() {
        PlannedService kept = row("a", 7L, "KCC");
        PlannedService removed = row("b", 8L, "BCTC");

        assertThat(decide(
                        List.of(kept),
                        List.of(
                                record(11, "a", ServiceStatus.PLANNED, kept),
                                record(12, "b", ServiceStatus.PLANNED, removed))))
                .containsExactly(new Change(Kind.VOID, -1, 12L));
        assertThat(PlanScheduleChanges.REMOVED).isEqualTo("Removed from the plan");
    }

    @Test
    void aRemovedRowWhoseServiceWasDeliveredKeepsItsRecord() {
        PlannedService delivered = row("b", 8L, "BCTC");

        assertThat(decide(List.of(), List.of(record(12, "b", ServiceStatus.COMPLETED_SUCCESSFUL, delivered))))
                .isEmpty();
    }

    @Test
    void aRowThatLosesItsCodeIsRefusedWhileItHasARecord() {
        PlannedService row = row("a", 7L, "KCC");
        Map<String, String> errors = new LinkedHashMap<>();

        PlanScheduleChanges.decide(
                List.of(row("a", null, "KCC")), List.of(record(11, "a", ServiceStatus.PLANNED, row)), errors);

        assertThat(errors).containsOnlyKeys("services[0].serviceCodeId");
    }

    @Test
    void aRowBackUnderTheKeyOfAVoidedRecordIsRefused() {
        PlannedService row = row("a", 7L, "KCC");
        Map<String, String> errors = new LinkedHashMap<>();

        List<Change> changes = PlanScheduleChanges.decide(
                List.of(row), List.of(new Linked(11, "a", ServiceStatus.PLANNED, true, Planned.of(row))), errors);

        assertThat(errors).containsOnlyKeys("services[0].key");
        assertThat(changes).isEmpty();
    }

    @Test
    void aNonWioaRowIsFundedByItsSourceAndAWioaRowByItsProgram() {
        PlannedService pell = new PlannedService(
                "p", 9L, Program.ADULT, null, "Tuition", "BCTC", false, " Pell Grant ", START, null, null, null, null);

        assertThat(Planned.of(pell).fundingProgram()).isNull();
        assertThat(Planned.of(pell).fundingSource()).isEqualTo("Pell Grant");
        assertThat(Planned.of(row("a", 7L, "KCC")).fundingProgram()).isEqualTo(Program.ADULT);
        assertThat(Planned.of(row("a", 7L, "KCC")).fundingSource()).isNull();
    }

    @Test
    void aRowThatCannotBecomeARecordIsRefusedWithItsFieldNamed() {
        PlannedService bad = new PlannedService(
                "a b",
                7L,
                null,
                null,
                "Tuition",
                "BCTC",
                false,
                null,
                START,
                START.minusDays(1),
                new BigDecimal("-1"),
                null,
                null);

        assertThatThrownBy(
                        () -> PlanInputChecks.requireValid(PlanContent.empty().withServices(List.of(bad)), START))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys(
                                "services[0].key",
                                "services[0].program",
                                "services[0].plannedEnd",
                                "services[0].plannedCost",
                                "services[0].fundingSource"));
    }

    @Test
    void twoRowsMayNotShareAKey() {
        assertThatThrownBy(() -> PlanInputChecks.requireValid(
                        PlanContent.empty().withServices(List.of(row("a", 7L, "KCC"), row("a", 8L, "BCTC"))), START))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys("services[1].key"));
    }

    @Test
    void aCodesCategoryGivesTheRowsKind() {
        // self-service and information-only activities are basic career services (20 CFR 678.430(a))
        assertThat(ServiceType.of(ServiceCategory.SELF_SERVICE_INFORMATION, null))
                .isEqualTo(ServiceType.BASIC_CAREER);
        assertThat(ServiceType.of(ServiceCategory.TRAINING, null)).isEqualTo(ServiceType.TRAINING);
        // occupational skill training is the youth element that is training (20 CFR 681.460(a)(4))
        assertThat(ServiceType.of(ServiceCategory.YOUTH_ELEMENT, 4)).isEqualTo(ServiceType.TRAINING);
        assertThat(ServiceType.of(ServiceCategory.YOUTH_ELEMENT, 7)).isEqualTo(ServiceType.YOUTH_ELEMENT);
    }
}
