package org.waypoint.service.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanScheduleChanges.Change;
import org.waypoint.service.plan.PlanScheduleChanges.Linked;
import org.waypoint.service.plan.PlanScheduleChanges.Planned;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The plan's schedule of services as links to service records (issue 14): saving the plan creates,
 * updates or voids the planned records of its coded rows, in the plan service's transaction, so a
 * refused row leaves neither the plan nor any record changed. A row's code must be an active code
 * of the plan's state that its program may fund, and the program must have an open enrollment: a
 * service is delivered within one program enrollment (20 CFR 677.150). The records carry delivery;
 * the plan's versions keep only what was planned.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class PlanServiceLinks {

    private static final java.time.format.DateTimeFormatter US_DATE =
            java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @PersistenceContext
    private EntityManager em;

    /**
     * Brings the plan's service records in line with the schedule of {@code content}.
     *
     * @return the content to store: each row with its key, each coded row with its code's kind
     * @throws InvalidInputException naming each row field that cannot be saved; nothing is changed
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public PlanContent sync(Plan plan, PlanContent content, StaffPrincipal caller) {
        List<ServiceRecord> records = em.createQuery(
                        "SELECT s FROM ServiceRecord s WHERE s.planId = :planId", ServiceRecord.class)
                .setParameter("planId", plan.getId())
                .getResultList();
        Map<String, ServiceRecord> byKey = records.stream()
                .filter(r -> !r.isVoided())
                .collect(Collectors.toMap(ServiceRecord::getPlanItemKey, r -> r));
        Map<String, Text> errors = new LinkedHashMap<>();
        List<PlannedService> rows = new ArrayList<>();
        List<ServiceCode> codes = new ArrayList<>();
        List<Enrollment> enrollments = new ArrayList<>();
        for (int i = 0; i < content.services().size(); i++) {
            PlannedService row = content.services().get(i);
            String key = row.key() == null ? UUID.randomUUID().toString() : row.key();
            ServiceRecord record = byKey.get(key);
            ServiceCode code = row.serviceCodeId() == null ? null : code(plan, row, record, i, errors);
            codes.add(code);
            // a planned service stays in its enrollment while the row keeps its program, also after exit
            boolean sameProgram = record != null && record.getEnrollment().getProgram() == row.program();
            enrollments.add(
                    code == null
                            ? null
                            : sameProgram ? record.getEnrollment() : enrollment(plan, row.program(), i, errors));
            Enrollment enrollment = enrollments.get(i);
            if (enrollment != null
                    && row.plannedStart() != null
                    && row.plannedStart().isBefore(enrollment.getEntryDate())) {
                // the same rule as a service recorded on its own (ServiceRecordRules): 20 CFR 677.150(a)
                errors.put(
                        "services[" + i + "].plannedStart",
                        Text.of(
                                "plan.links.beforeEntry",
                                i + 1,
                                program(row.program()),
                                enrollment.getEntryDate().format(US_DATE)));
            }
            rows.add(row.linked(
                    key, code == null ? row.type() : ServiceType.of(code.getCategory(), code.getYouthElement())));
        }
        List<Change> changes = PlanScheduleChanges.decideTexts(
                rows, records.stream().map(PlanServiceLinks::linked).toList(), errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        StaffAccount staff = em.find(StaffAccount.class, caller.accountId());
        for (Change change : changes) {
            switch (change.kind()) {
                case CREATE -> {
                    PlannedService row = rows.get(change.row());
                    ServiceRecord record = new ServiceRecord(
                                    enrollments.get(change.row()), codes.get(change.row()), ServiceStatus.PLANNED)
                            .plannedBy(plan.getId(), row.key());
                    record.setStaff(staff);
                    plan(record, row, codes.get(change.row()), enrollments.get(change.row()));
                    em.persist(record);
                }
                case UPDATE ->
                    plan(
                            em.find(ServiceRecord.class, change.recordId()),
                            rows.get(change.row()),
                            codes.get(change.row()),
                            enrollments.get(change.row()));
                case VOID ->
                    em.find(ServiceRecord.class, change.recordId()).voidFor(PlanScheduleChanges.REMOVED, staff);
            }
        }
        return content.withServices(rows);
    }

    /** The plan's live service records, each beside its row of {@code content} or outside the plan. */
    public List<ScheduleLink> links(Plan plan, PlanContent content) {
        Set<String> keys = content.services().stream()
                .map(PlannedService::key)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return em.createNamedQuery(ServiceRecord.FIND_BY_PLAN, ServiceRecord.class)
                .setParameter("planId", plan.getId())
                .getResultStream()
                .map(r -> new ScheduleLink(
                        r.getPlanItemKey(),
                        r.getId(),
                        r.getCode().getCode(),
                        r.getCode().getName(),
                        r.getStatus(),
                        r.getPlannedStart(),
                        r.getPlannedEnd(),
                        r.getPlannedCost(),
                        r.getActualStart(),
                        r.getActualEnd(),
                        r.getActualCost(),
                        keys.contains(r.getPlanItemKey())))
                .toList();
    }

    private static void plan(ServiceRecord record, PlannedService row, ServiceCode code, Enrollment enrollment) {
        record.setCode(code);
        record.setEnrollment(enrollment);
        record.setPlanned(row.plannedStart(), row.plannedEnd());
        Planned planned = Planned.of(row);
        record.setProvider(planned.provider());
        record.fundedBy(planned.fundingProgram(), planned.fundingSource());
        record.setCosts(planned.cost(), record.getActualCost());
    }

    private static Linked linked(ServiceRecord r) {
        return new Linked(
                r.getId(),
                r.getPlanItemKey(),
                r.getStatus(),
                r.isVoided(),
                new Planned(
                        r.getCode().getId(),
                        r.getEnrollment().getProgram(),
                        r.getPlannedStart(),
                        r.getPlannedEnd(),
                        r.getProvider(),
                        r.getFundingProgram(),
                        r.getFundingSource(),
                        r.getPlannedCost()));
    }

    /**
     * The row's code: one of the plan's state catalog, active (a code deactivated since the row's
     * record was planned may stay on it), that the row's program may fund, of the row's kind.
     */
    private ServiceCode code(Plan plan, PlannedService row, ServiceRecord record, int i, Map<String, Text> errors) {
        String field = "services[" + i + "].serviceCodeId";
        ServiceCode code = em.find(ServiceCode.class, row.serviceCodeId());
        if (code == null || !code.getState().getCode().equals(plan.getStateCode())) {
            errors.put(field, Text.of("plan.links.notInCatalog", i + 1, row.serviceCodeId(), plan.getStateCode()));
            return null;
        }
        int n = i + 1;
        boolean keptOnRecord = record != null && record.getCode().getId().equals(code.getId());
        if (!code.isActive() && !keptOnRecord) {
            errors.put(field, Text.of("plan.links.inactive", n, code.getCode(), code.getName()));
            return null;
        }
        if (row.program() != null && !code.getPrograms().contains(row.program())) {
            errors.put(
                    field, Text.of("plan.links.notFunded", n, code.getCode(), code.getName(), program(row.program())));
            return null;
        }
        ServiceType kind = ServiceType.of(code.getCategory(), code.getYouthElement());
        if (row.type() != null && row.type() != kind) {
            errors.put(
                    "services[" + i + "].type",
                    Text.of(
                            "plan.links.kind",
                            n,
                            code.getCode(),
                            code.getName(),
                            Text.of("plan.serviceType." + kind.name())));
            return null;
        }
        return code;
    }

    /** The program's enrollment that is open today; null (with the row's error) when there is none. */
    private Enrollment enrollment(Plan plan, Program program, int i, Map<String, Text> errors) {
        if (program == null) {
            return null;
        }
        LocalDate today = LocalDate.now();
        Enrollment open = em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", plan.getParticipant().getId())
                .getResultStream()
                .filter(e -> e.getProgram() == program)
                .filter(e -> e.getExitDate() == null || !e.getExitDate().isBefore(today))
                .findFirst()
                .orElse(null);
        if (open == null) {
            errors.put("services[" + i + "].program", Text.of("plan.links.noEnrollment", i + 1, program(program)));
        }
        return open;
    }

    /** A program as the messages name it: its code in English, its name in Spanish. */
    private static Text program(Program program) {
        return program == null ? Text.literal("null") : Text.of("plan.programCode." + program.name());
    }
}
