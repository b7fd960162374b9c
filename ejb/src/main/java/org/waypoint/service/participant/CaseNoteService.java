package org.waypoint.service.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.waypoint.persistence.participant.CaseNote;
import org.waypoint.persistence.participant.NoteCategory;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Case notes: written by staff of the participant's LWDA, read newest first, searched by words.
 * Notes are never changed; a correction is a new note that names the note it corrects.
 */
@Stateless
public class CaseNoteService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<CaseNoteView> notes(long participantId, String words) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        var query = words == null || words.isBlank()
                ? em.createNamedQuery(CaseNote.FIND_BY_PARTICIPANT, CaseNote.class)
                : em.createNamedQuery(CaseNote.SEARCH_BY_PARTICIPANT, CaseNote.class)
                        .setParameter(
                                "text",
                                "%"
                                        + words.trim()
                                                .toLowerCase()
                                                .replace("%", "")
                                                .replace("_", "") + "%");
        return query.setParameter("participantId", participantId)
                .getResultStream()
                .map(CaseNoteView::of)
                .toList();
    }

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public CaseNoteView write(long participantId, CaseNoteInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        Participant participant = participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        CaseNote corrected = null;
        if (input.correctsId() != null) {
            corrected = em.find(CaseNote.class, input.correctsId());
            if (corrected == null || !corrected.getParticipant().getId().equals(participantId)) {
                throw InvalidInputException.of("correctsId", Text.of("participant.note.notThisParticipant"));
            }
        }
        if (input.serviceId() != null) {
            // Services delivered are not recorded yet (issue 14): no note can be about one.
            throw InvalidInputException.of("serviceId", Text.of("participant.note.noService"));
        }
        if (input.planId() != null || input.planVersion() != null) {
            requirePlanVersion(participantId, input.planId(), input.planVersion());
        }
        NoteCategory category = input.category() != null
                ? input.category()
                : corrected != null ? NoteCategory.CORRECTION : NoteCategory.CONTACT;
        CaseNote note = new CaseNote(
                        participant,
                        caller.username(),
                        input.contactDate(),
                        category,
                        input.text() == null ? null : input.text().strip())
                .about(corrected, input.planId(), input.planVersion(), input.serviceId());
        BeanValidation.requireValid(note);
        em.persist(note);
        em.flush();
        return CaseNoteView.of(note);
    }

    /** A note about a plan points to one of this participant's plans and a version it has. */
    private void requirePlanVersion(long participantId, Long planId, Integer version) {
        Plan plan = planId == null ? null : em.find(Plan.class, planId);
        if (plan == null || !plan.getParticipant().getId().equals(participantId)) {
            throw InvalidInputException.of("planId", Text.of("participant.note.plan"));
        }
        if (version != null) {
            long versions = em.createQuery(
                            "SELECT COUNT(v) FROM PlanVersion v WHERE v.plan.id = ?1 AND v.number = ?2", Long.class)
                    .setParameter(1, planId)
                    .setParameter(2, version)
                    .getSingleResult();
            if (versions == 0) {
                throw InvalidInputException.of("planVersion", Text.of("participant.note.planVersion", version));
            }
        }
    }

    private Participant participant(long id) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null) {
            throw new NotFoundException(Text.of("participant.noParticipant", id));
        }
        return participant;
    }
}
