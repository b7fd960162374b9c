package org.waypoint.service.training;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

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
            throw InvalidInputException.of("serviceCode", Text.of("training.code.required"));
        }
        List<ServiceCode> found = em.createQuery(
                        "SELECT c FROM ServiceCode c WHERE c.state.code = :state AND c.code = :code", ServiceCode.class)
                .setParameter("state", state)
                .setParameter("code", text.strip().toUpperCase(Locale.ROOT))
                .getResultList();
        if (found.isEmpty() || !found.get(0).isActive()) {
            throw InvalidInputException.of("serviceCode", Text.of("training.code.notActive", text, state));
        }
        ServiceCode code = found.get(0);
        if (code.getCategory() != category) {
            throw InvalidInputException.of(
                    "serviceCode",
                    Text.of(
                            "training.code.wrongCategory",
                            code.getCode(),
                            Text.of("training.category." + category.name())));
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
                    .orElseThrow(
                            () -> InvalidInputException.of("enrollmentId", Text.of("training.enrollment.notOpen")));
            if (!code.getPrograms().contains(chosen.getProgram())) {
                throw notFundable(code);
            }
            return chosen;
        }
        return open.stream()
                .filter(e -> code.getPrograms().contains(e.getProgram()))
                .findFirst()
                .orElseThrow(() -> open.isEmpty()
                        ? InvalidInputException.of("enrollmentId", Text.of("training.enrollment.none"))
                        : notFundable(code));
    }

    private static InvalidInputException notFundable(ServiceCode code) {
        List<String> names = code.getPrograms().stream()
                .map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .sorted()
                .toList();
        Text programs = null;
        for (String name : names) {
            Text program =
                    Text.of("training.program." + name.toUpperCase(Locale.ROOT).replace(' ', '_'));
            programs = programs == null ? program : Text.of("training.or", programs, program);
        }
        return InvalidInputException.of(
                "serviceCode", Text.of("training.code.notFundable", code.getCode(), programs == null ? "" : programs));
    }
}
