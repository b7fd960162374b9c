package org.waypoint.service.monitoring;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.lmi.LmiReview;
import org.waypoint.persistence.lmi.LmiReviewOccupation;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.plan.PlanDocument;
import org.waypoint.persistence.plan.PlanVersion;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanDocuments;

/**
 * Reads what the checklist asks of a sampled file from the plan, its versions, reviews and signed
 * copy, the LMI review, trainings, service records and the latest eligibility determination, in the
 * caller's transaction. The plan's content is the latest version's: the one in force.
 */
final class FileFactsReader {

    private FileFactsReader() {}

    static FileFacts read(EntityManager em, Plan plan, LocalDate asOf) {
        long participant = plan.getParticipant().getId();
        List<PlanVersion> versions = em.createQuery(
                        "SELECT v FROM PlanVersion v WHERE v.plan = :plan ORDER BY v.number", PlanVersion.class)
                .setParameter("plan", plan)
                .getResultList();
        PlanContent content = versions.isEmpty()
                ? PlanContent.empty()
                : PlanDocuments.read(versions.get(versions.size() - 1).getContent());
        LocalDate signedOn = versions.stream()
                .map(PlanVersion::getSignedAt)
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .map(FileFactsReader::day)
                .orElse(null);
        List<LocalDate> reviews = em.createQuery(
                        "SELECT r.reviewedOn FROM PlanReview r WHERE r.plan = :plan ORDER BY r.reviewedOn",
                        LocalDate.class)
                .setParameter("plan", plan)
                .getResultList();
        StateProfile state = em.find(StateProfile.class, plan.getStateCode());
        List<LocalDate> trainings = em.createQuery(
                        "SELECT t.startDate FROM Training t WHERE t.participant.id = :p", LocalDate.class)
                .setParameter("p", participant)
                .getResultList();
        List<LocalDate> services = em.createQuery(
                        "SELECT s.actualStart FROM ServiceRecord s WHERE s.participant.id = :p"
                                + " AND s.actualStart IS NOT NULL",
                        LocalDate.class)
                .setParameter("p", participant)
                .getResultList();
        Boolean copyOffered = em.createNamedQuery(PlanDocument.FIND, PlanDocument.class)
                .setParameter("planId", plan.getId())
                .setParameter("kind", PlanDocument.SIGNED_PLAN)
                .getResultStream()
                .findFirst()
                .map(PlanDocument::isOfferedToParticipant)
                .orElse(null);
        return new FileFacts(
                plan.getStateCode(),
                asOf,
                day(plan.getCreatedAt()),
                signedOn,
                reviews,
                state == null ? null : state.getPlanReviewIntervalDays(),
                trainings,
                lmi(em, content.lmiReviewId()),
                content.goals().size(),
                (int) content.goals().stream()
                        .filter(g -> blank(g.justification()))
                        .count(),
                content.objectives().size(),
                (int) content.objectives().stream()
                        .filter(o -> blank(o.justification()))
                        .count(),
                content.services().size(),
                (int) content.services().stream()
                        .filter(s -> blank(s.justification()))
                        .count(),
                copyOffered,
                services,
                eligibility(em, participant));
    }

    private static FileFacts.Lmi lmi(EntityManager em, Long id) {
        LmiReview review = id == null ? null : em.find(LmiReview.class, id);
        if (review == null) {
            return null;
        }
        List<LmiReviewOccupation> occupations = review.getOccupations();
        int withFigures = (int) occupations.stream()
                .filter(o -> o.getMeanWage() != null && o.getPercentChange() != null && o.getAnnualOpenings() != null)
                .count();
        return new FileFacts.Lmi(
                review.isReviewedWithParticipant(), occupations.size(), withFigures, !blank(review.getLmiComment()));
    }

    private static FileFacts.Eligibility eligibility(EntityManager em, long participant) {
        return em.createQuery(
                        "SELECT d FROM EligibilityDetermination d WHERE d.participant.id = :p"
                                + " ORDER BY d.determinedAt DESC, d.id DESC",
                        EligibilityDetermination.class)
                .setParameter("p", participant)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(d -> new FileFacts.Eligibility(
                        d.getAsOf(),
                        d.getProgram().name(),
                        d.isEligible(),
                        d.getSources().entrySet().stream()
                                .sorted(java.util.Map.Entry.comparingByKey())
                                .map(e -> e.getKey() + ": " + e.getValue())
                                .toList()))
                .orElse(null);
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
