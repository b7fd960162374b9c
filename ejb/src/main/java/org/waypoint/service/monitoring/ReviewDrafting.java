package org.waypoint.service.monitoring;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.monitoring.MonitoringFile;
import org.waypoint.persistence.monitoring.MonitoringItem;
import org.waypoint.persistence.monitoring.MonitoringReview;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.reference.Lwda;

/**
 * Draws a review's sample and builds each file's checklist, in the caller's transaction (the
 * service's create, and the demo data at start-up). The population is the participants of the LWDA
 * with a plan (IEP or ISS) created or signed within the period; a participant with several such
 * plans is reviewed on the latest.
 */
final class ReviewDrafting {

    private ReviewDrafting() {}

    /** The plan reviewed for each participant of the population, by participant id. */
    static Map<Long, Plan> population(EntityManager em, long lwdaId, LocalDate from, LocalDate to) {
        ZoneId zone = ZoneId.systemDefault();
        List<Plan> plans = em.createQuery(
                        "SELECT p FROM Plan p JOIN FETCH p.participant WHERE p.lwda.id = :lwda AND"
                                + " ((p.createdAt >= :start AND p.createdAt < :end) OR EXISTS (SELECT v FROM"
                                + " PlanVersion v WHERE v.plan = p AND v.signedAt >= :start AND v.signedAt < :end))"
                                + " ORDER BY p.id",
                        Plan.class)
                .setParameter("lwda", lwdaId)
                .setParameter("start", from.atStartOfDay(zone).toInstant())
                .setParameter("end", to.plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList();
        Map<Long, Plan> latest = new LinkedHashMap<>();
        for (Plan plan : plans) {
            latest.put(plan.getParticipant().getId(), plan); // ordered by id: the latest wins
        }
        return latest;
    }

    static MonitoringReview draft(
            EntityManager em, Lwda lwda, LocalDate from, LocalDate to, int size, long seed, String by) {
        Map<Long, Plan> population = population(em, lwda.getId(), from, to);
        List<Long> sample = SampleDraw.draw(List.copyOf(population.keySet()), seed, size);
        MonitoringReview review = new MonitoringReview(lwda, from, to, size, seed, population.size(), by);
        int position = 0;
        for (Long participant : sample) {
            Plan plan = population.get(participant);
            MonitoringFile file = new MonitoringFile(review, ++position, plan.getParticipant(), plan);
            int n = 0;
            for (ChecklistItemDraft d : ChecklistRules.checklist(FileFactsReader.read(em, plan, to))) {
                file.getItems()
                        .add(new MonitoringItem(
                                file,
                                ++n,
                                d.code(),
                                d.question(),
                                d.citation(),
                                d.suggested(),
                                d.evidence(),
                                evidenceJson(d)));
            }
            review.getFiles().add(file);
        }
        em.persist(review);
        return review;
    }

    /** The evidence's text as JSON, kept beside its English (issue 19); none when it would not fit its column. */
    static String evidenceJson(ChecklistItemDraft d) {
        if (d.evidenceText() == null) {
            return null;
        }
        String json = d.evidenceText().toJson();
        return json.length() > EVIDENCE_TEXT_LENGTH ? null : json;
    }

    /** The length of {@code monitoring_item.evidence_text} (V33). */
    static final int EVIDENCE_TEXT_LENGTH = 4000;
}
