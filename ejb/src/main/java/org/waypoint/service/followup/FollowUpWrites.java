package org.waypoint.service.followup;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.followup.FollowUp;
import org.waypoint.persistence.followup.FollowUpContact;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.services.ServiceRecordInput;
import org.waypoint.service.services.ServiceRecordService;

/**
 * The writing side of {@link FollowUpService}, inside its transaction: the contact built from its
 * checked input, the follow-up services saved as service records (the services code applies its
 * own rules; a refusal is named by the service's row), and the replay of a period a voided contact
 * had closed.
 */
final class FollowUpWrites {

    private FollowUpWrites() {}

    /** The contact of a checked input, in the quarter after exit its date falls in. */
    static FollowUpContact contact(FollowUp period, FollowUpContactInput input, StaffAccount staff) {
        FollowUpContact contact = new FollowUpContact(
                period,
                FollowUpRules.quarterOf(period.getExitDate(), input.contactDate()),
                input.contactDate(),
                input.method(),
                input.outcome(),
                staff);
        String soc = FollowUpContactChecks.blankToNull(input.socCode());
        contact.setEmployment(
                input.employmentStatus(),
                FollowUpContactChecks.blankToNull(input.employer()),
                input.employmentStart(),
                soc == null ? null : FollowUpContactChecks.normalisedSoc(soc),
                input.hourlyWage(),
                input.weeklyHours(),
                input.verification());
        contact.setYouthPlacement(input.youthPlacement());
        contact.setNote(FollowUpContactChecks.blankToNull(input.note()));
        return contact;
    }

    /**
     * Saves each follow-up service as a completed service record of the period's enrollment, on its
     * day; a value the services code refuses is named as {@code services[i].field}.
     */
    static void recordServices(ServiceRecordService services, FollowUp period, List<FollowUpServiceInput> given) {
        if (given == null) {
            return;
        }
        for (int i = 0; i < given.size(); i++) {
            FollowUpServiceInput service = given.get(i);
            ServiceRecordInput record = new ServiceRecordInput(
                    period.getEnrollment().getId(),
                    service.serviceCodeId(),
                    ServiceStatus.COMPLETED_SUCCESSFUL,
                    null,
                    null,
                    service.serviceDate(),
                    service.serviceDate(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    FollowUpContactChecks.blankToNull(service.note()),
                    null);
            try {
                services.record(period.getParticipant().getId(), record);
            } catch (InvalidInputException e) {
                String prefix = "services[" + i + "].";
                Map<String, Text> named = new java.util.LinkedHashMap<>();
                e.getFieldTexts().forEach((field, message) -> named.put(prefix + rowField(field), message));
                throw InvalidInputException.texts(named);
            }
        }
    }

    private static String rowField(String field) {
        return switch (field) {
            case "actualStart", "actualEnd", "plannedStart", "plannedEnd" -> "serviceDate";
            case "enrollmentId" -> "serviceCodeId";
            default -> field;
        };
    }

    /**
     * After a void: a period closed by a contact (no staff closed it, the job did not end it) takes
     * the status the contacts left standing give it.
     */
    static void replay(FollowUp period, List<FollowUpContact> contacts) {
        boolean closedByContact = !period.getStatus().isOpen()
                && period.getClosedBy() == null
                && !FollowUpRules.ENDED_REASON.equals(period.getCloseReason());
        if (!closedByContact) {
            return;
        }
        List<FollowUpRules.Standing> standing = contacts.stream()
                .filter(c -> !c.isVoided())
                .sorted(Comparator.comparing(FollowUpContact::getContactDate).thenComparing(FollowUpContact::getId))
                .map(c -> new FollowUpRules.Standing(
                        c.getQuarter(), c.getOutcome(), c.getEmploymentStatus(), c.getContactDate()))
                .toList();
        FollowUpRules.Transition transition = FollowUpRules.replay(
                period.getProgram(),
                period.getParticipant().getLwda().getState().getAdultFollowUp(),
                standing);
        if (transition.status().isOpen()) {
            period.reopen();
        } else {
            period.close(transition.status(), transition.on(), transition.reason(), null);
        }
    }
}
