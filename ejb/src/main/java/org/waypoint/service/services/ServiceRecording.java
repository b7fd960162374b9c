package org.waypoint.service.services;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/**
 * The database side of recording a service, inside the caller's transaction: finds the code and the
 * enrollment the input names (or the one open enrollment whose program funds the code), runs
 * {@link ServiceRecordRules} on them, writes the record, and keeps the enrollment's participation
 * date and last service for exit current. The enrollment is locked while its dates are recomputed,
 * so two services recorded at once cannot leave a stale date.
 */
final class ServiceRecording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final EntityManager em;

    ServiceRecording(EntityManager em) {
        this.em = em;
    }

    /** Checks the input for this participant (and, for a change, the service as saved); every wrong field at once. */
    Checked check(Participant participant, ServiceRecordInput input, ServiceRecord existing) {
        if (input == null) {
            throw InvalidInputException.of("service", Text.of("services.input.required"));
        }
        ServiceCode code = input.serviceCodeId() == null ? null : em.find(ServiceCode.class, input.serviceCodeId());
        Map<String, Text> errors = new LinkedHashMap<>();
        Enrollment enrollment = enrollment(participant, input, code, errors);
        boolean keptCode =
                existing != null && code != null && existing.getCode().getId().equals(code.getId());
        errors.putAll(ServiceRecordRules.checkTexts(
                input,
                participant.getLwda().getState().getCode(),
                code == null ? null : facts(code),
                keptCode,
                enrollment == null
                        ? null
                        : new ServiceRecordRules.EnrollmentFacts(
                                enrollment.getProgram(), enrollment.getEntryDate(), enrollment.getExitDate()),
                LocalDate.now()));
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        return new Checked(enrollment, code);
    }

    /** The input's enrollment and code, found and checked. */
    record Checked(Enrollment enrollment, ServiceCode code) {}

    /** Writes the checked input into the record; the caller is the staff member who recorded it. */
    static void apply(ServiceRecord record, ServiceRecordInput input, Checked checked, StaffAccount staff) {
        record.setEnrollment(checked.enrollment());
        record.setCode(checked.code());
        record.setStatus(input.status());
        record.setPlanned(input.plannedStart(), input.plannedEnd());
        record.setActual(input.actualStart(), input.actualEnd());
        record.setProvider(trimmed(input.provider()));
        String source = trimmed(input.fundingSource());
        record.fundedBy(
                input.fundingProgram() != null || source != null
                        ? input.fundingProgram()
                        : checked.enrollment().getProgram(),
                source);
        record.setCosts(input.plannedCost(), input.actualCost());
        record.setNote(trimmed(input.note()));
        record.setStaff(staff);
    }

    /**
     * Recomputes the enrollment's participation date (20 CFR 677.150(a)) and last service for exit
     * (20 CFR 677.150(c)(1)) from its services as they now stand; changes the enrollment only when a
     * date moved.
     */
    void refreshDates(Enrollment enrollment) {
        EnrollmentDates.refresh(em, enrollment);
    }

    /**
     * The enrollment named, which must be the participant's; or, when none is named, the one
     * enrollment open on the service's day in a program that may fund the code (when none is open
     * then, the nearest such enrollment, so that the date rules name the date that is wrong).
     */
    private Enrollment enrollment(
            Participant participant, ServiceRecordInput input, ServiceCode code, Map<String, Text> errors) {
        if (input.enrollmentId() != null) {
            Enrollment named = em.find(Enrollment.class, input.enrollmentId());
            if (named == null || !named.getParticipant().getId().equals(participant.getId())) {
                errors.put("enrollmentId", Text.of("services.enrollment.notParticipants"));
                return null;
            }
            return named;
        }
        LocalDate day = input.actualStart() != null
                ? input.actualStart()
                : input.plannedStart() != null ? input.plannedStart() : LocalDate.now();
        List<Enrollment> all = em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", participant.getId())
                .getResultList();
        if (all.isEmpty()) {
            errors.put("enrollmentId", Text.of("services.enrollment.none"));
            return null;
        }
        if (code == null) {
            return null; // the code's own error says what to fix
        }
        List<Enrollment> funding = all.stream()
                .filter(e -> code.getPrograms().contains(e.getProgram()))
                .toList();
        if (funding.isEmpty()) {
            errors.put("serviceCodeId", Text.of("services.code.noProgramFunds", code.getCode()));
            return null;
        }
        List<Enrollment> open = funding.stream().filter(e -> e.isOpenOn(day)).toList();
        if (open.size() > 1) {
            errors.put("enrollmentId", Text.of("services.enrollment.several", DAY.format(day), code.getCode()));
            return null;
        }
        // none open on the day: the nearest one, so that the rules say what is wrong with the dates
        return open.isEmpty() ? nearest(funding, day) : open.get(0);
    }

    /** The last enrollment entered on or before the day, else the first entered after it. */
    private static Enrollment nearest(List<Enrollment> enrollments, LocalDate day) {
        return enrollments.stream()
                .filter(e -> !e.getEntryDate().isAfter(day))
                .max(java.util.Comparator.comparing(Enrollment::getEntryDate))
                .orElseGet(() -> enrollments.stream()
                        .min(java.util.Comparator.comparing(Enrollment::getEntryDate))
                        .orElseThrow());
    }

    private static ServiceRecordRules.CodeFacts facts(ServiceCode code) {
        return new ServiceRecordRules.CodeFacts(
                code.getCode(), code.getState().getCode(), code.isActive(), code.getCategory(), code.getPrograms());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
