package org.waypoint.service.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.plan.PlanReview;
import org.waypoint.persistence.plan.PlanSignature;
import org.waypoint.persistence.plan.PlanVersion;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.documents.DocumentText;
import org.waypoint.service.lmi.LmiReviewService;
import org.waypoint.service.lmi.LmiReviewView;
import org.waypoint.service.plan.pdf.PlanPdf;
import org.waypoint.service.plan.pdf.PlanPdfWriter;
import org.waypoint.service.reference.AgencyZones;

/**
 * Prints one version of a plan as the PDF of the case file: gathers what the writer needs (the
 * version as stored, the participant, the LMI section with its saved figures, the signatures and
 * the reviews) inside the caller's transaction, so a signed version prints exactly as signed.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class PlanPrinter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final PlanPdfWriter writer = new PlanPdfWriter();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private LmiReviewService lmiReviews;

    @EJB
    private PlanViews views;

    @EJB
    private AgencyZones zones;

    /** The version in the participant's preferred language. */
    public byte[] print(Plan plan, PlanVersion version) {
        return print(plan, version, null);
    }

    /**
     * The version in {@code language}, or in the participant's preferred language when null. Times
     * print in the plan's office's zone (else its state's), as the participant and staff read them.
     */
    public byte[] print(Plan plan, PlanVersion version, DocumentLanguage language) {
        Participant participant = plan.getParticipant();
        DocumentLanguage printed =
                language == null ? DocumentLanguage.forPreferredLanguage(participant.getPreferredLanguage()) : language;
        DocumentText words = DocumentText.of(printed);
        PlanContent content = PlanDocuments.read(version.getContent());
        ZoneId zone = zones.forPlan(plan);
        LmiReviewView lmi =
                content.lmiReviewId() == null ? null : lmiReviews.find(participant.getId(), content.lmiReviewId());
        List<PlanPdf.Review> reviews = em.createNamedQuery(PlanReview.FIND_BY_PLAN, PlanReview.class)
                .setParameter("planId", plan.getId())
                .getResultStream()
                .sorted(Comparator.comparing(PlanReview::getReviewedOn))
                .map(r -> new PlanPdf.Review(
                        r.getReviewedOn(), r.getReviewedBy(), withObjectives(r, words), r.getChanges()))
                .toList();
        return writer.write(new PlanPdf(
                PlanKind.valueOf(plan.getKind()),
                plan.getStateCode(),
                PlanPolicy.citation(plan.getStateCode()),
                participant.getFirstName() + " " + participant.getLastName(),
                participant.getParticipantNumber(),
                plan.getLwda().getName(),
                participant.getCaseManager() == null
                        ? null
                        : participant.getCaseManager().getDisplayName(),
                plan.getId(),
                version.getNumber(),
                version.isSigned()
                        ? words.get(
                                "plan.signedOn",
                                DAY.format(version.getSignedAt().atZone(zone)))
                        : words.get("plan.draft"),
                content,
                lmi,
                version.getSignatures().stream()
                        .sorted(Comparator.comparing(s -> PlanSignature.PARTICIPANT.equals(s.getSignerRole()) ? 0 : 1))
                        .map(PlanPrinter::signature)
                        .toList(),
                reviews,
                Instant.now(),
                zone,
                views.goalDemand(plan, content).text(),
                printed));
    }

    private static PlanPdf.Signature signature(PlanSignature s) {
        return new PlanPdf.Signature(
                PlanSignature.PARTICIPANT.equals(s.getSignerRole())
                        ? PlanPdf.Signature.Role.PARTICIPANT
                        : PlanPdf.Signature.Role.STAFF,
                s.getSignerName(),
                "DRAWN".equals(s.getMethod()) ? PlanPdf.Signature.Method.DRAWN : PlanPdf.Signature.Method.TYPED,
                s.isConsent(),
                s.getSignedAt(),
                s.getRecordedBy(),
                s.getDrawing());
    }

    /** The review's progress, then its progress objective by objective. */
    private static String withObjectives(PlanReview review, DocumentText words) {
        List<ReviewInput.ObjectiveProgress> objectives = PlanDocuments.readProgress(review.getObjectiveProgress());
        if (objectives.isEmpty()) {
            return review.getProgress();
        }
        return review.getProgress() + "\n"
                + objectives.stream()
                        .map(o -> words.get(
                                        "reviews.objective",
                                        o.objective(),
                                        o.benchmark(),
                                        words.get("objectiveStatus."
                                                        + o.status().name())
                                                .toLowerCase(words.language().locale()))
                                + (o.note() == null || o.note().isBlank() ? "" : " — " + o.note()))
                        .collect(Collectors.joining("\n"));
    }
}
