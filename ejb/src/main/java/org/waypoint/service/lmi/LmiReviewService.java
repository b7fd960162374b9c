package org.waypoint.service.lmi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.waypoint.persistence.lmi.LmiReview;
import org.waypoint.persistence.lmi.LmiReviewOccupation;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The plan's LMI section (Kentucky guidance 24-003, Attachment A): the occupations and area reviewed
 * with the career seeker, the guidance's three questions with an explanation for every "No", and the
 * LMI comment. The figures are copied in when the section is saved, so a later import never changes
 * them; staff take the current figures again only by asking to.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class LmiReviewService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private LmiService lmi;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    public List<LmiReviewView> reviews(long participantId) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return em.createNamedQuery(LmiReview.FIND_BY_PARTICIPANT, LmiReview.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(LmiReviewView::of)
                .toList();
    }

    public LmiReviewView find(long participantId, long reviewId) {
        LmiReview review = review(participantId, reviewId);
        callers.requireRead(review.getParticipant().getLwda().getId());
        return LmiReviewView.of(review);
    }

    /**
     * Saves a new LMI section ({@code reviewId} null) or changes one.
     *
     * @throws InvalidInputException naming each field to correct; nothing is saved
     * @throws ConcurrentChangeException when someone else saved it since it was opened
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public LmiReviewView save(long participantId, Long reviewId, LmiReviewInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        Participant participant = participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        List<String> socs = validate(input);
        LmiReview review;
        if (reviewId == null) {
            review = new LmiReview(participant);
        } else {
            review = review(participantId, reviewId);
            if (input.version() == null || input.version() != review.getVersion()) {
                throw new ConcurrentChangeException(
                        Text.of("lmi.thisReview"),
                        audit.lastChangedBy("LmiReview", participant.getParticipantNumber()));
            }
        }
        boolean sameOccupations = review.getId() != null
                && Objects.equals(review.getAreaId(), input.areaId())
                && review.getOccupations().stream()
                        .map(LmiReviewOccupation::getSoc)
                        .toList()
                        .equals(socs);
        String generated = review.getGeneratedComment();
        if (!sameOccupations || input.refreshFigures()) {
            List<OccupationProfile> profiles = profiles(input.areaId(), socs);
            Area area = profiles.get(0).area();
            review.setArea(area.id(), area.name());
            review.replaceOccupations(
                    profiles.stream().map(LmiReviewService::snapshot).toList());
            generated = String.join(
                    "\n", profiles.stream().map(OccupationProfile::lmiComment).toList());
        }
        String comment = input.lmiComment() == null || input.lmiComment().isBlank()
                ? generated
                : input.lmiComment().strip();
        review.setComments(generated, comment);
        review.setReviewedWithParticipant(input.reviewedWithParticipant());
        review.setMarketableSkills(
                input.marketableSkills(), explanation(input.marketableSkills(), input.marketableSkillsExplanation()));
        review.setCurrentMarket(
                input.currentMarket(), explanation(input.currentMarket(), input.currentMarketExplanation()));
        review.setReviewed(LocalDate.now(), caller.username(), Instant.now());
        BeanValidation.requireValid(review);
        if (review.getId() == null) {
            em.persist(review);
        }
        em.flush();
        return LmiReviewView.of(review);
    }

    /** The occupations, each checked; all field errors at once. */
    private static List<String> validate(LmiReviewInput input) {
        Map<String, Text> errors = new LinkedHashMap<>();
        List<String> socs = new ArrayList<>(new LinkedHashSet<>(
                input.socs() == null
                        ? List.of()
                        : input.socs().stream()
                                .filter(Objects::nonNull)
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList()));
        if (socs.isEmpty()) {
            errors.put("socs", Text.of("lmi.review.chooseOccupation"));
        } else if (socs.size() > LmiReviewInput.MAX_OCCUPATIONS) {
            errors.put("socs", Text.of("lmi.review.atMost", LmiReviewInput.MAX_OCCUPATIONS));
        }
        if (input.areaId() == null || input.areaId().isBlank()) {
            errors.put("areaId", Text.of("lmi.review.chooseArea"));
        }
        if (input.reviewedWithParticipant() == null) {
            errors.put("reviewedWithParticipant", Text.of("lmi.review.answerReviewed"));
        }
        if (Boolean.FALSE.equals(input.marketableSkills()) && isBlank(input.marketableSkillsExplanation())) {
            errors.put("marketableSkillsExplanation", Text.of("lmi.review.explainSkills"));
        }
        if (Boolean.FALSE.equals(input.currentMarket()) && isBlank(input.currentMarketExplanation())) {
            errors.put("currentMarketExplanation", Text.of("lmi.review.explainMarket"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        return socs.stream().map(LmiService::normaliseSoc).toList();
    }

    private List<OccupationProfile> profiles(String areaId, List<String> socs) {
        List<OccupationProfile> profiles = new ArrayList<>();
        for (String soc : socs) {
            try {
                profiles.add(lmi.profile(soc, areaId));
            } catch (NotFoundException e) {
                throw InvalidInputException.of(lmiFieldOf(e), e.text());
            }
        }
        return profiles;
    }

    private static String lmiFieldOf(NotFoundException e) {
        return e.getMessage().contains("area") ? "areaId" : "socs";
    }

    /** The figures of one occupation as a review keeps them (also {@link LmiReviewAdditions}). */
    static LmiReviewOccupation snapshot(OccupationProfile profile) {
        Wages wages = profile.wages();
        Projection projection = profile.projection();
        return new LmiReviewOccupation(
                profile.soc(),
                profile.title(),
                projection == null ? null : projection.source(),
                wages == null ? null : wages.source(),
                wages == null ? null : wages.mean(),
                wages == null ? null : wages.median(),
                wages == null ? null : wages.entry(),
                wages == null ? null : wages.experienced(),
                projection == null ? null : projection.baseEmployment(),
                projection == null ? null : projection.projectedEmployment(),
                projection == null ? null : projection.percentChange(),
                projection == null ? null : projection.annualOpenings(),
                profile.inDemand().known() ? profile.inDemand().inDemand() : null,
                profile.typicalEducation());
    }

    /** A "Yes" needs no explanation and keeps none. */
    private static String explanation(Boolean answer, String text) {
        return Boolean.FALSE.equals(answer) && !isBlank(text) ? text.strip() : null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private LmiReview review(long participantId, long reviewId) {
        LmiReview review = em.find(LmiReview.class, reviewId);
        if (review == null || review.getParticipant().getId() != participantId) {
            throw new NotFoundException(Text.of("lmi.review.notFound", reviewId));
        }
        return review;
    }

    private Participant participant(long id) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null) {
            throw new NotFoundException(Text.of("lmi.noParticipant", id));
        }
        return participant;
    }
}
