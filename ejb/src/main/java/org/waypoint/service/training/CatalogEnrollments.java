package org.waypoint.service.training;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.service.common.InvalidInputException;

/**
 * The catalog code and the enrollment a training or supportive service is recorded under, shared by
 * both services: the code must be an active code of the participant's state in the right category,
 * and the enrollment an open one of the participant in a program that code may fund (a Title I
 * program pays only for the services WIOA sec. 134 lets it). Called inside the caller's transaction.
 */
@Stateless
@PermitAll
public class CatalogEnrollments {

    @PersistenceContext
    private EntityManager em;

    /** The active code {@code text} of the participant's state, of {@code category}, or a 400 on "serviceCode". */
    public ServiceCode code(Participant participant, String text, ServiceCategory category) {
        String state = participant.getLwda().getState().getCode();
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("serviceCode", "Choose the activity code of the service.");
        }
        List<ServiceCode> found = em.createQuery(
                        "SELECT c FROM ServiceCode c WHERE c.state.code = :state AND c.code = :code", ServiceCode.class)
                .setParameter("state", state)
                .setParameter("code", text.strip().toUpperCase(Locale.ROOT))
                .getResultList();
        if (found.isEmpty() || !found.get(0).isActive()) {
            throw InvalidInputException.of(
                    "serviceCode", "\"" + text + "\" is not an active code of " + state + "'s service catalog.");
        }
        ServiceCode code = found.get(0);
        if (code.getCategory() != category) {
            throw InvalidInputException.of(
                    "serviceCode",
                    code.getCode() + " is not a " + category.name().toLowerCase(Locale.ROOT) + " code.");
        }
        return code;
    }

    /**
     * The open enrollment that pays: {@code enrollmentId} when given, else the participant's newest
     * open enrollment in a program the code may fund; a 400 when there is none or the code may not
     * be funded by it.
     */
    public Enrollment enrollment(Participant participant, Long enrollmentId, ServiceCode code) {
        LocalDate today = LocalDate.now();
        List<Enrollment> open = em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", participant.getId())
                .getResultStream()
                .filter(e -> e.getExitDate() == null || !e.getExitDate().isBefore(today))
                .toList();
        if (enrollmentId != null) {
            Enrollment chosen = open.stream()
                    .filter(e -> e.getId().equals(enrollmentId))
                    .findFirst()
                    .orElseThrow(() ->
                            InvalidInputException.of("enrollmentId", "Choose an open enrollment of this participant."));
            if (!code.getPrograms().contains(chosen.getProgram())) {
                throw notFundable(code);
            }
            return chosen;
        }
        return open.stream()
                .filter(e -> code.getPrograms().contains(e.getProgram()))
                .findFirst()
                .orElseThrow(() -> open.isEmpty()
                        ? InvalidInputException.of(
                                "enrollmentId", "The participant has no open enrollment: enroll them first.")
                        : notFundable(code));
    }

    private static InvalidInputException notFundable(ServiceCode code) {
        String programs = code.getPrograms().stream()
                .map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .sorted()
                .collect(Collectors.joining(" or "));
        return InvalidInputException.of(
                "serviceCode",
                code.getCode() + " may be funded only by " + programs
                        + ": the participant has no open enrollment in those programs.");
    }
}
