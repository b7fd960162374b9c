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
import java.util.Set;
import org.waypoint.persistence.assessment.ObjectiveAssessment;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.lmi.LmiReview;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.plan.PlanReview;
import org.waypoint.persistence.plan.PlanSignature;
import org.waypoint.persistence.plan.PlanVersion;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Plans, from the first draft to signed versions and reviews: one service for the IEP and the ISS.
 * Each call is one transaction. A signed version never changes: the first change after signing
 * opens the next version, copied from it. Two staff editing the same draft: the second save is
 * refused with who changed it first.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class PlanService {

    private static final Set<Program> IEP_PROGRAMS =
            Set.of(Program.ADULT, Program.DISLOCATED_WORKER, Program.WAGNER_PEYSER);
    private static final Set<Program> ISS_PROGRAMS = Set.of(Program.YOUTH_IN_SCHOOL, Program.YOUTH_OUT_OF_SCHOOL);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    /**
     * Starts a plan for a participant, prefilled from their record (strengths, stressors and
     * challenges from the objective assessment; barriers from the participant).
     *
     * @throws InvalidInputException naming why the participant cannot have this kind of plan
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public PlanView create(long participantId, PlanKind kind) {
        Participant participant = participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        if (kind == null) {
            throw InvalidInputException.of("kind", "Choose IEP or ISS.");
        }
        requireEligible(participant, kind);
        Instant now = Instant.now();
        Plan plan = new Plan(participant, kind.name(), caller.username(), now);
        em.persist(plan);
        em.persist(new PlanVersion(plan, 1, PlanDocuments.write(prefill(participant)), caller.username(), now));
        em.flush();
        return view(plan);
    }

    public List<PlanView> plans(long participantId) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return em.createNamedQuery(Plan.FIND_BY_PARTICIPANT, Plan.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    public PlanView find(long planId) {
        Plan plan = plan(planId);
        callers.requireRead(plan.getLwda().getId());
        return view(plan);
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
            throw InvalidInputException.of("content", "Send the plan.");
        }
        PlanVersion current = current(plan);
        if (current.getVersion() != versionLock) {
            throw new ConcurrentChangeException(
                    "This plan",
                    audit.lastChangedBy("PlanVersion", current.auditId().toString()));
        }
        if (content.lmiReviewId() != null) {
            LmiReview lmi = em.find(LmiReview.class, content.lmiReviewId());
            if (lmi == null
                    || !lmi.getParticipant()
                            .getId()
                            .equals(plan.getParticipant().getId())) {
                throw InvalidInputException.of(
                        "lmiReviewId", "The LMI section must be one of this participant's LMI reviews.");
            }
        }
        Instant now = Instant.now();
        String json = PlanDocuments.write(content);
        if (current.isSigned()) {
            em.persist(new PlanVersion(plan, current.getNumber() + 1, json, caller.username(), now));
        } else {
            current.edit(json, caller.username(), now);
        }
        em.flush();
        return view(plan);
    }

    /**
     * Signs the current version, which must be complete, by the participant and the staff member.
     *
     * @throws InvalidInputException naming what is missing or which signature is not valid
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public PlanView sign(long planId, long versionLock, SignatureInput participant, SignatureInput staff) {
        Plan plan = plan(planId);
        StaffPrincipal caller = callers.requireWrite(plan.getLwda().getId());
        PlanVersion current = current(plan);
        if (current.getVersion() != versionLock) {
            throw new ConcurrentChangeException(
                    "This plan",
                    audit.lastChangedBy("PlanVersion", current.auditId().toString()));
        }
        if (current.isSigned()) {
            throw InvalidInputException.of("version", "Version " + current.getNumber() + " is already signed.");
        }
        List<MissingElement> missing = PlanCompleteness.missing(
                PlanKind.valueOf(plan.getKind()), PlanDocuments.read(current.getContent()), policy(plan));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!missing.isEmpty()) {
            errors.put(
                    "completeness",
                    "The plan cannot be signed yet: " + missing.size() + " element(s) missing ("
                            + String.join(
                                    ", ",
                                    missing.stream()
                                            .map(m -> m.element().name())
                                            .toList()) + ").");
        }
        check(errors, "participantSignature", participant);
        check(errors, "staffSignature", staff);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = Instant.now();
        current.sign(
                signature(PlanSignature.PARTICIPANT, participant, now, caller),
                signature(PlanSignature.STAFF, staff, now, caller),
                now);
        em.flush();
        return view(plan);
    }

    /** Records a review of the plan in force: progress on the objectives, and changes made. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public PlanView review(long planId, LocalDate reviewedOn, String progress, String changes) {
        Plan plan = plan(planId);
        StaffPrincipal caller = callers.requireWrite(plan.getLwda().getId());
        Map<String, String> errors = new LinkedHashMap<>();
        if (reviewedOn == null || reviewedOn.isAfter(LocalDate.now())) {
            errors.put("reviewedOn", "Give the date of the review (not in the future).");
        }
        if (progress == null || progress.isBlank()) {
            errors.put("progress", "Describe the progress on the achievement objectives.");
        }
        PlanVersion signed = latestSigned(plan).orElse(null);
        if (signed == null) {
            errors.put("plan", "Only a signed plan is reviewed; sign the first version first.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.persist(new PlanReview(
                plan,
                signed.getNumber(),
                reviewedOn,
                progress.strip(),
                changes == null || changes.isBlank() ? null : changes.strip(),
                caller.username(),
                Instant.now()));
        em.flush();
        return view(plan);
    }

    public List<MissingElement> completeness(long planId) {
        return find(planId).missing();
    }

    private void requireEligible(Participant participant, PlanKind kind) {
        List<Enrollment> enrollments = em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", participant.getId())
                .getResultList();
        Set<Program> programs = kind == PlanKind.IEP ? IEP_PROGRAMS : ISS_PROGRAMS;
        LocalDate today = LocalDate.now();
        List<Program> open = enrollments.stream()
                .filter(e -> e.getExitDate() == null || !e.getExitDate().isBefore(today))
                .map(Enrollment::getProgram)
                .filter(programs::contains)
                .toList();
        if (open.isEmpty()) {
            throw InvalidInputException.of(
                    "kind",
                    kind == PlanKind.IEP
                            ? "An IEP is for participants enrolled in Adult, Dislocated Worker or Wagner-Peyser; enroll the"
                                    + " participant first."
                            : "An ISS is for participants enrolled in Youth (in-school or out-of-school); enroll the"
                                    + " participant first.");
        }
        boolean needsDetermination = open.stream().noneMatch(p -> p == Program.WAGNER_PEYSER);
        if (needsDetermination) {
            boolean eligible = em.createNamedQuery(
                            EligibilityDetermination.FIND_BY_PARTICIPANT, EligibilityDetermination.class)
                    .setParameter("participantId", participant.getId())
                    .getResultStream()
                    .anyMatch(d -> d.isEligible() && open.contains(d.getProgram()));
            if (!eligible) {
                throw InvalidInputException.of(
                        "kind",
                        "No saved eligibility determination finds the participant"
                                + " eligible for "
                                + open.get(0).name().replace('_', ' ').toLowerCase()
                                + ": determine eligibility first.");
            }
        }
    }

    private PlanContent prefill(Participant participant) {
        ObjectiveAssessment assessment = em.createNamedQuery(
                        ObjectiveAssessment.FIND_BY_PARTICIPANT, ObjectiveAssessment.class)
                .setParameter("participantId", participant.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        List<String> barriers = participant.getBarriers().stream()
                .map(b -> b.name().replace('_', ' ').toLowerCase())
                .sorted()
                .toList();
        return new PlanContent(
                null,
                null,
                null,
                null,
                assessment == null ? null : assessment.getStrengths(),
                null,
                assessment == null ? null : assessment.getStressorsAndChallenges(),
                barriers,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static void check(Map<String, String> errors, String field, SignatureInput signature) {
        if (signature == null || signature.name() == null || signature.name().isBlank()) {
            errors.put(field, "Give the signer's name.");
        } else if ((signature.drawing() == null || signature.drawing().isBlank())
                && !Boolean.TRUE.equals(signature.consent())) {
            errors.put(field, "Draw the signature, or type the name and confirm consent to sign electronically.");
        }
    }

    private static PlanSignature signature(String role, SignatureInput input, Instant now, StaffPrincipal caller) {
        boolean drawn = input.drawing() != null && !input.drawing().isBlank();
        return new PlanSignature(
                role,
                input.name().strip(),
                drawn ? "DRAWN" : "TYPED",
                drawn ? input.drawing() : null,
                Boolean.TRUE.equals(input.consent()),
                now,
                caller.username());
    }

    private PlanView view(Plan plan) {
        List<PlanVersion> versions = em.createNamedQuery(PlanVersion.FIND_BY_PLAN, PlanVersion.class)
                .setParameter("planId", plan.getId())
                .getResultList();
        PlanVersion current = versions.get(0);
        PlanKind kind = PlanKind.valueOf(plan.getKind());
        PlanPolicy policy = policy(plan);
        PlanContent content = PlanDocuments.read(current.getContent());
        LocalDate lastSigned = versions.stream()
                .filter(PlanVersion::isSigned)
                .map(v -> LocalDate.ofInstant(v.getSignedAt(), java.time.ZoneId.systemDefault()))
                .findFirst()
                .orElse(null);
        LocalDate lastReview = em.createNamedQuery(PlanReview.FIND_BY_PLAN, PlanReview.class)
                .setParameter("planId", plan.getId())
                .setMaxResults(1)
                .getResultStream()
                .map(PlanReview::getReviewedOn)
                .findFirst()
                .orElse(null);
        Optional<LocalDate> due = ReviewSchedule.nextDue(lastSigned, lastReview, policy.reviewIntervalDays());
        return new PlanView(
                plan.getId(),
                plan.getParticipant().getId(),
                plan.getParticipant().getParticipantNumber(),
                kind,
                plan.getStateCode(),
                current.getNumber(),
                current.getVersion(),
                current.isSigned(),
                current.getSignedAt(),
                current.getChangedBy(),
                current.getChangedAt(),
                content,
                PlanCompleteness.missing(kind, content, policy),
                current.getSignatures().stream()
                        .map(s -> new PlanView.SignatureView(
                                s.getSignerRole(),
                                s.getSignerName(),
                                s.getMethod(),
                                s.isConsent(),
                                s.getSignedAt(),
                                s.getRecordedBy()))
                        .toList(),
                versions.stream()
                        .map(v -> new PlanView.VersionSummary(
                                v.getNumber(), v.getStatus(), v.getChangedBy(), v.getChangedAt(), v.getSignedAt()))
                        .toList(),
                due.orElse(null),
                ReviewSchedule.status(due, LocalDate.now()));
    }

    private PlanPolicy policy(Plan plan) {
        return PlanPolicy.of(plan.getStateCode(), plan.getLwda().getState().getPlanReviewIntervalDays());
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
                .orElseThrow(() -> new NotFoundException("The plan has no version " + number + "."));
    }

    private Plan plan(long id) {
        Plan plan = em.find(Plan.class, id);
        if (plan == null) {
            throw new NotFoundException("No plan " + id + ".");
        }
        return plan;
    }

    private Participant participant(long id) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null) {
            throw new NotFoundException("No participant " + id + ".");
        }
        return participant;
    }
}
