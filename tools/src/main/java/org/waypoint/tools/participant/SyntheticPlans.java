package org.waypoint.tools.participant;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.ReviewInput;
import org.waypoint.tools.participant.SyntheticPerson.EnrollmentRow;
import org.waypoint.tools.participant.SyntheticPerson.PlanReviewRow;
import org.waypoint.tools.participant.SyntheticPerson.PlanRow;
import org.waypoint.tools.participant.SyntheticPerson.PlanVersionRow;

/**
 * The plans of synthetic participants, as PlanService would have left them: an IEP or an ISS with
 * its numbered versions, their signatures and reviews, written by the participant's case manager.
 *
 * <p>Proportions:
 *
 * <ul>
 *   <li>85% of the participants with a WIOA Adult, Dislocated Worker or Youth enrollment have one
 *       plan, of that enrollment: an ISS for a youth enrollment, else an IEP. Wagner-Peyser-only
 *       participants have none (an IEP is optional for them).
 *   <li>It is created on the entry date (45%) or 1 to 14 days after, never after today nor after the
 *       enrollment's exit: a plan is started for an open enrollment.
 *   <li>1, 2 or 3 versions (50%, 35%, 15%; fewer when the next would open after today or the exit).
 *       A version is saved on the day it was opened (70%) or up to a week later and signed that day
 *       (80%) or up to 5 days later; the next opens 30 to 180 days after the signature.
 *   <li>Every version but the last is signed by the participant and the case manager (typed names
 *       with consent, as most signatures are taken at a desk); the last is a draft for about a third
 *       of the plans (33%), signed otherwise.
 *   <li>A plan whose first version was signed 90 days ago or more has 0, 1 or 2 reviews (25%, 45%,
 *       30%), about every 90 days (Kentucky 24-003), against the version in force on that day.
 * </ul>
 *
 * <p>Documents are written with the application's JSON-B configuration (PlanDocuments), so the
 * application reads them back as it reads its own: 1.9 to 4.3 KB, 2.8 KB on average. The draws come from a stream of
 * their own, seeded from the run's seed: the same seed gives the same plans, and the people of a seed
 * stay those it gave before plans were generated.
 */
final class SyntheticPlans extends SyntheticDraws {

    static final int PLAN_PERCENT = 85;
    static final int DRAFT_PERCENT = 33;
    private static final int[] VERSION_WEIGHTS = {50, 35, 15};
    private static final int[] REVIEW_WEIGHTS = {25, 45, 30};
    private static final int REVIEW_INTERVAL_DAYS = 90;

    /** PlanDocuments' configuration: null fields written out. Thread-safe; built once. */
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private final SyntheticPlanContent documents;

    SyntheticPlans(Random random, Instant now, ZoneId zone) {
        super(random, now, zone);
        this.documents = new SyntheticPlanContent(random, now, zone);
    }

    /** Gives {@code p} a plan, or none; call after the enrollments are made. */
    void plan(SyntheticPerson p) {
        EnrollmentRow wioa = p.enrollments.stream()
                .filter(e -> e.program() != Program.WAGNER_PEYSER)
                .findFirst()
                .orElse(null);
        if (wioa == null || !chance(PLAN_PERCENT)) {
            return;
        }
        PlanKind kind = PlanKind.ISS.programs().contains(wioa.program()) ? PlanKind.ISS : PlanKind.IEP;
        LocalDate end = wioa.exitDate() == null ? today : min(today, wioa.exitDate());
        LocalDate created = min(end, wioa.entryDate().plusDays(chance(45) ? 0 : 1 + random.nextInt(14)));
        Instant createdAt = at(created, p.createdAt);
        int wanted = 1 + weighted(VERSION_WEIGHTS);
        boolean lastIsDraft = chance(DRAFT_PERCENT);

        PlanContent document = documents.first(p, kind, wioa.program(), created);
        List<PlanContent> documentsByVersion = new ArrayList<>();
        List<PlanVersionRow> versions = new ArrayList<>();
        LocalDate opened = created;
        Instant openedAt = createdAt;
        for (int number = 1; ; number++) {
            LocalDate savedOn = min(end, opened.plusDays(chance(70) ? 0 : 1 + random.nextInt(7)));
            Instant changedAt = at(savedOn, openedAt);
            LocalDate signedOn = min(end, savedOn.plusDays(chance(80) ? 0 : 1 + random.nextInt(5)));
            Instant signedAt = at(signedOn, changedAt);
            LocalDate next = signedOn.plusDays(30 + random.nextInt(151));
            boolean more = number < wanted && !next.isAfter(end);
            boolean signed = more || !lastIsDraft;
            // the lock column: version 1 is persisted prefilled, then saved; a later one is persisted
            // by the save that opens it; signing is one more update
            long lock = (number == 1 ? 2 : 1) + (signed ? 1 : 0);
            documentsByVersion.add(document);
            versions.add(new PlanVersionRow(number, JSONB.toJson(document), changedAt, signed ? signedAt : null, lock));
            if (!more) {
                break;
            }
            opened = next;
            openedAt = at(next, signedAt);
            document = documents.revise(p, document, next);
        }
        p.plan = new PlanRow(kind, createdAt, List.copyOf(versions), reviews(p, versions, documentsByVersion));
    }

    /** Reviews about every 90 days from the first signature, each of the version signed last before it. */
    private List<PlanReviewRow> reviews(
            SyntheticPerson p, List<PlanVersionRow> versions, List<PlanContent> documentsByVersion) {
        if (!versions.get(0).signed()) {
            return List.of();
        }
        LocalDate firstSigned = LocalDate.ofInstant(versions.get(0).signedAt(), zone);
        if (firstSigned.plusDays(REVIEW_INTERVAL_DAYS).isAfter(today)) {
            return List.of();
        }
        int count = weighted(REVIEW_WEIGHTS);
        List<PlanReviewRow> reviews = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate on = firstSigned.plusDays((long) REVIEW_INTERVAL_DAYS * i - 10 + random.nextInt(25));
            if (on.isAfter(today)) {
                break;
            }
            int inForce = 0;
            for (int v = 0; v < versions.size(); v++) {
                PlanVersionRow version = versions.get(v);
                if (version.signed()
                        && !LocalDate.ofInstant(version.signedAt(), zone).isAfter(on)) {
                    inForce = v;
                }
            }
            List<PlanContent.Objective> objectives =
                    documentsByVersion.get(inForce).objectives();
            List<ReviewInput.ObjectiveProgress> progress = new ArrayList<>();
            for (int o = 0; o < objectives.size(); o++) {
                PlanContent.Objective objective = objectives.get(o);
                progress.add(new ReviewInput.ObjectiveProgress(
                        o + 1,
                        objective.benchmark(),
                        objective.status(),
                        SyntheticPlanVocabulary.objectiveNote(objective.status(), chance(25))));
            }
            reviews.add(new PlanReviewRow(
                    versions.get(inForce).number(),
                    on,
                    pick(SyntheticPlanVocabulary.REVIEW_PROGRESS).replace("{name}", p.firstName),
                    chance(40) ? pick(SyntheticPlanVocabulary.REVIEW_CHANGES) : null,
                    // as PlanDocuments.writeProgress: the objectives' progress as a JSON array
                    JSONB.toJson(progress.toArray(ReviewInput.ObjectiveProgress[]::new)),
                    at(on)));
        }
        return List.copyOf(reviews);
    }
}
