package org.waypoint.service.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.SecureRandom;
import java.util.List;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Registers, reads and corrects participants, always within the caller's LWDA (state admins and
 * monitors reach every LWDA; monitors only read). A record of another LWDA answers "not found" to
 * a list but "access denied" to a direct request, so nobody mistakes a denial for a missing record.
 */
@Stateless
public class ParticipantService {

    private static final String NUMBER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public ParticipantView find(long id) {
        Participant participant = load(id);
        callers.requireRead(participant.getLwda().getId());
        return ParticipantView.of(participant);
    }

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public ParticipantView register(ParticipantInput input) {
        StaffPrincipal caller = callers.current();
        Long lwdaId = input.lwdaId() != null ? input.lwdaId() : caller.lwdaId();
        if (lwdaId == null) {
            throw InvalidInputException.of("lwdaId", "Choose the local workforce area that serves this participant.");
        }
        callers.requireWrite(lwdaId);
        Lwda lwda = em.find(Lwda.class, lwdaId);
        if (lwda == null) {
            throw InvalidInputException.of("lwdaId", "No local workforce area " + lwdaId + ".");
        }
        Participant participant = BeanValidation.requireValid(new Participant(
                newNumber(), trim(input.firstName()), trim(input.lastName()), input.dateOfBirth(), lwda));
        if (caller.role() == Role.CASE_MANAGER) {
            participant.setCaseManager(em.find(StaffAccount.class, caller.accountId()));
        }
        em.persist(participant);
        em.flush(); // the answer carries the version the insert wrote
        return ParticipantView.of(participant);
    }

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public ParticipantView correct(long id, ParticipantInput input) {
        Participant participant = load(id);
        callers.requireWrite(participant.getLwda().getId());
        if (input.version() == null || input.version() != participant.getVersion()) {
            throw new ConcurrentChangeException(
                    "This participant",
                    audit.lastChangedBy(Participant.class.getSimpleName(), participant.getParticipantNumber()));
        }
        participant.setFirstName(trim(input.firstName()));
        participant.setLastName(trim(input.lastName()));
        participant.setDateOfBirth(input.dateOfBirth());
        BeanValidation.requireValid(participant);
        em.flush(); // the answer carries the new version
        return ParticipantView.of(participant);
    }

    /** One page of the participants the caller may see, newest first. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<ParticipantView> page(int first, int max) {
        StaffPrincipal caller = callers.current();
        String jpql = "SELECT p FROM Participant p JOIN FETCH p.lwda l JOIN FETCH l.state LEFT JOIN FETCH p.office"
                + " LEFT JOIN FETCH p.caseManager"
                + (caller.role().isBoundToLwda() ? " WHERE l.id = :lwdaId" : "")
                + " ORDER BY p.createdAt DESC, p.id DESC";
        TypedQuery<Participant> query = em.createQuery(jpql, Participant.class);
        if (caller.role().isBoundToLwda()) {
            query.setParameter("lwdaId", caller.lwdaId());
        }
        return query.setFirstResult(first)
                .setMaxResults(Math.min(max, 200))
                .getResultStream()
                .map(ParticipantView::of)
                .toList();
    }

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public long count() {
        StaffPrincipal caller = callers.current();
        if (caller.role().isBoundToLwda()) {
            return em.createQuery("SELECT COUNT(p) FROM Participant p WHERE p.lwda.id = :lwdaId", Long.class)
                    .setParameter("lwdaId", caller.lwdaId())
                    .getSingleResult();
        }
        return em.createQuery("SELECT COUNT(p) FROM Participant p", Long.class).getSingleResult();
    }

    private Participant load(long id) {
        return em.createNamedQuery(Participant.FIND_WHOLE, Participant.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No participant " + id + "."));
    }

    /** "WP-" and 8 characters that cannot be confused (no 0/O, 1/I), unrelated to any SSN. */
    private String newNumber() {
        while (true) {
            StringBuilder number = new StringBuilder("WP-");
            for (int i = 0; i < 8; i++) {
                number.append(NUMBER_ALPHABET.charAt(RANDOM.nextInt(NUMBER_ALPHABET.length())));
            }
            long taken = em.createNamedQuery(Participant.COUNT_BY_NUMBER, Long.class)
                    .setParameter("number", number.toString())
                    .getSingleResult();
            if (taken == 0) {
                return number.toString();
            }
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
