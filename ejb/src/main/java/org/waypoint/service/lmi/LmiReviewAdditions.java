package org.waypoint.service.lmi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.persistence.lmi.LmiReview;
import org.waypoint.persistence.lmi.LmiReviewOccupation;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * "Add to LMI review" in one step, from career exploration: the occupation joins the participant's
 * latest LMI review with its figures as they are now (in the review's area), or starts a new review
 * with it when there is none. The other occupations keep the figures saved with them, and the comment
 * gains the occupation's line; whether the LMI was reviewed with the participant stays for staff to
 * answer on the review page. Kept apart from {@link LmiReviewService}, which saves the whole section.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
public class LmiReviewAdditions {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private LmiService lmi;

    @EJB
    private CallerService callers;

    /**
     * What happened.
     *
     * @param started a new review was started with the occupation
     * @param alreadyThere the latest review has it already; nothing changed
     */
    public record Addition(long reviewId, String soc, String title, boolean started, boolean alreadyThere)
            implements Serializable {}

    /**
     * Adds the occupation to the latest review, or starts one in {@code areaId}.
     *
     * @throws InvalidInputException naming {@code soc} (not a SOC code, unknown, or the review is full)
     *     or {@code areaId}; nothing is saved
     * @throws ConcurrentChangeException when someone saved the review at the same moment
     */
    public Addition add(long participantId, String soc, String areaId) {
        String code = LmiService.normaliseSoc(soc);
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null) {
            throw new NotFoundException(Text.of("lmi.noParticipant", participantId));
        }
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        LmiReview review = em.createNamedQuery(LmiReview.FIND_BY_PARTICIPANT, LmiReview.class)
                .setParameter("participantId", participantId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (review != null) {
            for (LmiReviewOccupation occupation : review.getOccupations()) {
                if (occupation.getSoc().equals(code)) {
                    return new Addition(review.getId(), code, occupation.getTitle(), false, true);
                }
            }
            if (review.getOccupations().size() >= LmiReviewInput.MAX_OCCUPATIONS) {
                throw InvalidInputException.of(
                        "soc", Text.of("lmi.explore.reviewFull", LmiReviewInput.MAX_OCCUPATIONS));
            }
        }
        OccupationProfile profile = profile(code, review == null ? areaId : review.getAreaId());
        boolean started = review == null;
        if (started) {
            review = new LmiReview(participant);
            review.setArea(profile.area().id(), profile.area().name());
            review.setReviewedWithParticipant(false);
            review.setComments(profile.lmiComment(), profile.lmiComment());
        } else {
            String generated = review.getGeneratedComment() + "\n" + profile.lmiComment();
            String comment = review.getLmiComment().equals(review.getGeneratedComment())
                    ? generated
                    : review.getLmiComment() + "\n" + profile.lmiComment();
            review.setComments(generated, comment);
        }
        List<LmiReviewOccupation> occupations = new ArrayList<>(review.getOccupations());
        occupations.add(LmiReviewService.snapshot(profile));
        review.replaceOccupations(occupations);
        review.setReviewed(LocalDate.now(), caller.username(), Instant.now());
        BeanValidation.requireValid(review);
        if (started) {
            em.persist(review);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ConcurrentChangeException(Text.of("lmi.thisReview"), null);
        }
        return new Addition(review.getId(), code, profile.title(), started, false);
    }

    private OccupationProfile profile(String soc, String areaId) {
        if (areaId == null || areaId.isBlank()) {
            throw InvalidInputException.of("areaId", Text.of("lmi.review.chooseArea"));
        }
        try {
            return lmi.profile(soc, areaId.strip());
        } catch (NotFoundException e) {
            throw InvalidInputException.of(e.getMessage().contains("area") ? "areaId" : "soc", e.text());
        }
    }
}
