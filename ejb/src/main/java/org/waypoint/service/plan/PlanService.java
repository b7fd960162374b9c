package org.waypoint.service.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.waypoint.persistence.lmi.LmiReview;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.plan.PlanDocument;
import org.waypoint.persistence.plan.PlanReview;
import org.waypoint.persistence.plan.PlanSignature;
import org.waypoint.persistence.plan.PlanVersion;
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
 * Plans, from the first draft to signed versions and reviews: one service for the IEP and the ISS.
 * Each call is one transaction. A signed version never changes: the first change after signing
 * opens the next version, copied from it. Two staff editing the same draft: the second save is
 * refused with who changed it first. Saving also keeps the planned service records of the
 * schedule ({@link PlanServiceLinks}).
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class PlanService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    @EJB
    private PlanViews views;

    @EJB
    private PlanFileService files;

    @EJB
    private PlanServiceLinks links;

    /**
     * Starts a plan for a participant, prefilled from their record (strengths, stressors and
     * challenges from the objective assessment; barriers from the participant, an ISS's led by the
     * youth barriers its eligibility found that the record cannot hold, such as a school dropout).
     *
     * @throws InvalidInputException naming why the participant cannot have this kind of plan
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public PlanView create(long participantId, PlanKind kind) {
        Participant participant = participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        if (kind == null) {
            throw InvalidInputException.of("kind", Text.of("plan.chooseKind"));
        }
        PlanPrerequisites.requireEligible(em, participant, kind);
        if (kind == PlanKind.ISS) {
            PlanPrerequisites.requireCurrentAssessment(em, participant);
        }
        Instant now = Instant.now();
        Plan plan = new Plan(participant, kind.name(), caller.username(), now);
        em.persist(plan);
        em.persist(new PlanVersion(
                plan,
                1,
                PlanDocuments.write(PlanPrerequisites.prefill(em, participant, kind)),
                caller.username(),
                now));
        em.flush();
        return views.view(plan);
    }

    public List<PlanView> plans(long participantId) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return em.createNamedQuery(Plan.FIND_BY_PARTICIPANT, Plan.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(views::view)
                .toList();
    }

    public PlanView find(long planId) {
        Plan plan = plan(planId);
        callers.requireRead(plan.getLwda().getId());
        return views.view(plan);
    }

    /** A version's document as it was (a signed one exactly as signed). */
    public PlanContent version(long planId, int number) {
        Plan plan = plan(planId);
        callers.requireRead(plan.getLwda().getId());
        return PlanDocuments.read(versionOf(plan, number).getContent());
    }

    /**
     * Saves the document. On a signed version this opens the next version.
     *
     * @param versionLock the {@link PlanView#versionLock()} the caller loaded
     * @throws ConcurrentChangeException when someone saved since it was loaded
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public PlanView save(long planId, long versionLock, PlanContent content) {
        Plan plan = plan(planId);
        StaffPrincipal caller = callers.requireWrite(plan.getLwda().getId());
        if (content == null) {
            throw InvalidInputException.of("content", Text.of("plan.sendPlan"));
        }
        BeanValidation.requireValid(content);
        PlanVersion current = current(plan);
        if (current.getVersion() != versionLock) {
            throw new ConcurrentChangeException(
                    Text.of("plan.thisPlan"),
                    audit.lastChangedBy("PlanVersion", current.auditId().toString()));
        }
        if (content.lmiReviewId() != null) {
            LmiReview lmi = em.find(LmiReview.class, content.lmiReviewId());
            if (lmi == null
                    || !lmi.getParticipant()
                            .getId()
                            .equals(plan.getParticipant().getId())) {
                throw InvalidInputException.of("lmiReviewId", Text.of("plan.lmiReview.notParticipants"));
            }
        }
        PlanInputChecks.requireValid(content, LocalDate.now());
        views.requireStateProgram(plan, content);
        content = withAttachedCopy(plan, content);
        requireWithinItaLimit(plan, content);
        // the schedule's coded rows become planned service records, in this transaction (issue 14)
        content = links.sync(plan, content, caller);
        Instant now = Instant.now();
        String json = PlanDocuments.write(content);
        if (json.length() > PlanInputChecks.CONTENT_LENGTH) {
            throw InvalidInputException.of("content", Text.of("plan.tooLong", PlanInputChecks.CONTENT_LENGTH));
        }
        if (current.isSigned()) {
            em.persist(new PlanVersion(plan, current.getNumber() + 1, json, caller.username(), now));
        } else {
            current.edit(json, caller.username(), now);
        }
        em.flush();
        return views.view(plan);
    }

    /**
     * Signs the current version, which must be complete, by the participant and the staff member.
     *
     * @throws InvalidInputException naming what is missing or which signature is not valid
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public PlanView sign(
            long planId, long versionLock, SignatureInput participant, SignatureInput staff, boolean copyOffered) {
        Plan plan = plan(planId);
        StaffPrincipal caller = callers.requireWrite(plan.getLwda().getId());
        PlanVersion current = current(plan);
        if (current.getVersion() != versionLock) {
            throw new ConcurrentChangeException(
                    Text.of("plan.thisPlan"),
                    audit.lastChangedBy("PlanVersion", current.auditId().toString()));
        }
        if (current.isSigned()) {
            throw InvalidInputException.of("version", Text.of("plan.alreadySigned", current.getNumber()));
        }
        // evaluated again today: an objective assessment or a reused strategy may have grown too old
        // since the draft was written (681.420(a)), and a program may have left the ETPL
        PlanContent content = PlanDocuments.read(current.getContent());
        PlanPolicy policy = views.policy(plan);
        List<MissingElement> missing =
                PlanCompleteness.missing(PlanKind.valueOf(plan.getKind()), content, policy, views.facts(plan, content));
        Map<String, Text> errors = new LinkedHashMap<>();
        if (!missing.isEmpty()) {
            errors.put(
                    "completeness",
                    Text.of(
                            "plan.sign.incomplete",
                            missing.size(),
                            String.join(
                                    ", ",
                                    missing.stream()
                                            .map(m -> m.element().name())
                                            .toList())));
        }
        if (policy.signedCopyRequired() && !copyOffered) {
            errors.put("copyOffered", Text.of("plan.sign.copyOffered"));
        }
        PlanSignatures.check(errors, "participantSignature", participant);
        PlanSignatures.check(errors, "staffSignature", staff);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        Instant now = Instant.now();
        current.sign(
                PlanSignatures.signature(PlanSignature.PARTICIPANT, participant, now, caller),
                PlanSignatures.signature(PlanSignature.STAFF, staff, now, caller),
                now);
        em.flush();
        // the signed original goes into the case file in the same transaction as the signatures
        files.fileSignedOriginal(plan, current, copyOffered, caller, now);
        return views.view(plan);
    }

    /**
     * Records a review of the plan in force: the date, progress overall and on each of its
     * achievement objectives, and the changes agreed. The plan in force is the latest signed version,
     * or the current draft while none is signed: reviews fall due from the plan's start (Kentucky
     * 24-003, every 90 days), so a draft can be reviewed too.
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public PlanView review(long planId, ReviewInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        Plan plan = plan(planId);
        StaffPrincipal caller = callers.requireWrite(plan.getLwda().getId());
        if (input == null) {
            throw InvalidInputException.of("reviewedOn", Text.of("plan.review.date"));
        }
        Map<String, Text> errors = new LinkedHashMap<>();
        if (input.reviewedOn() == null || input.reviewedOn().isAfter(LocalDate.now())) {
            errors.put("reviewedOn", Text.of("plan.review.dateNotFuture"));
        }
        if (input.progress() == null || input.progress().isBlank()) {
            errors.put("progress", Text.of("plan.review.progress"));
        }
        PlanVersion signed = latestSigned(plan).orElseGet(() -> current(plan));
        int objectives = PlanDocuments.read(signed.getContent()).objectives().size();
        for (ReviewInput.ObjectiveProgress p : input.objectives()) {
            if (p.objective() < 1 || p.objective() > objectives) {
                errors.put(
                        "objectives",
                        Text.of("plan.review.noObjective", p.objective(), signed.getNumber(), objectives));
            } else if (p.status() == null) {
                errors.put("objectives", Text.of("plan.review.objectiveStatus", p.objective()));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        em.persist(new PlanReview(
                plan,
                signed.getNumber(),
                input.reviewedOn(),
                input.progress().strip(),
                input.changes() == null || input.changes().isBlank()
                        ? null
                        : input.changes().strip(),
                PlanDocuments.writeProgress(input.objectives()),
                caller.username(),
                Instant.now()));
        em.flush();
        return views.view(plan);
    }

    /** The planned Individual Training Account stays within the LWDA's limit (20 CFR 680.310). */
    private static void requireWithinItaLimit(Plan plan, PlanContent content) {
        java.math.BigDecimal amount =
                content.trainingPlan() == null ? null : content.trainingPlan().itaAmount();
        java.math.BigDecimal limit = plan.getLwda().getItaLimit();
        if (amount != null && amount.signum() < 0) {
            throw InvalidInputException.of("itaAmount", Text.of("plan.ita.negative"));
        }
        if (amount != null && limit != null && amount.compareTo(limit) > 0) {
            throw InvalidInputException.of(
                    "itaAmount",
                    Text.of(
                            "plan.ita.aboveLimit",
                            String.format("%,.2f", amount),
                            plan.getLwda().getName(),
                            String.format("%,.2f", limit)));
        }
    }

    /**
     * A reuse section that names a copy must name one filed with this plan; its file name is taken
     * from the filed copy, so the plan shows what is really on file.
     */
    private PlanContent withAttachedCopy(Plan plan, PlanContent content) {
        PlanContent.YouthStrategy youth = content.youth();
        PlanContent.RecentStrategy reuse = youth == null ? null : youth.reuse();
        if (reuse == null || reuse.documentId() == null) {
            return content;
        }
        PlanDocument d = em.find(PlanDocument.class, reuse.documentId());
        if (d == null
                || !d.getPlan().getId().equals(plan.getId())
                || !PlanDocument.REUSED_STRATEGY.equals(d.getKind())) {
            throw InvalidInputException.of("youth.reuse.documentId", Text.of("plan.reuse.copyNotAttached"));
        }
        PlanContent.RecentStrategy filed = new PlanContent.RecentStrategy(
                reuse.program(),
                reuse.source(),
                reuse.developedOn(),
                reuse.determination(),
                d.getId(),
                d.getFileName());
        return content.withYouth(new PlanContent.YouthStrategy(
                youth.programElements(),
                youth.educationGoal(),
                youth.nonTraditionalEmployment(),
                youth.nonTraditionalFor(),
                youth.careerPlanningNotes(),
                youth.followUpStrategy(),
                filed));
    }

    public List<MissingElement> completeness(long planId) {
        return find(planId).missing();
    }

    private PlanVersion current(Plan plan) {
        return em.createNamedQuery(PlanVersion.FIND_BY_PLAN, PlanVersion.class)
                .setParameter("planId", plan.getId())
                .setMaxResults(1)
                .getSingleResult();
    }

    private Optional<PlanVersion> latestSigned(Plan plan) {
        return em.createNamedQuery(PlanVersion.FIND_BY_PLAN, PlanVersion.class)
                .setParameter("planId", plan.getId())
                .getResultStream()
                .filter(PlanVersion::isSigned)
                .findFirst();
    }

    private PlanVersion versionOf(Plan plan, int number) {
        return em.createNamedQuery(PlanVersion.FIND_BY_PLAN, PlanVersion.class)
                .setParameter("planId", plan.getId())
                .getResultStream()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("plan.noVersion", number)));
    }

    private Plan plan(long id) {
        return NotFoundException.unlessNull(em.find(Plan.class, id), Text.of("plan.noPlan", id));
    }

    private Participant participant(long id) {
        return NotFoundException.unlessNull(em.find(Participant.class, id), Text.of("plan.noParticipant", id));
    }
}
