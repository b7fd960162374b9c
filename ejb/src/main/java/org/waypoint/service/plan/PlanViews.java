package org.waypoint.service.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.waypoint.persistence.assessment.ObjectiveAssessment;
import org.waypoint.persistence.lmi.LmiReview;
import org.waypoint.persistence.lmi.LmiReviewOccupation;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.plan.PlanReview;
import org.waypoint.persistence.plan.PlanVersion;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.reference.TrainingProgram;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.reference.InDemandLabel;
import org.waypoint.service.reference.InDemandListService;

/**
 * A plan as its pages and the API show it, and what its checks need beyond the document: the LMI
 * section as saved, whether the training program is on the state's Eligible Training Provider List,
 * the boards' in-demand label of the goal, the objective assessment and the state's limits, and when
 * the plan is next reviewed. Runs in the caller's transaction (the plan service's), so the view and
 * the signature checks see the same facts.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class PlanViews {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private InDemandListService inDemand;

    @EJB
    private PlanServiceLinks links;

    public PlanView view(Plan plan) {
        List<PlanVersion> versions = em.createNamedQuery(PlanVersion.FIND_BY_PLAN, PlanVersion.class)
                .setParameter("planId", plan.getId())
                .getResultList();
        PlanVersion current = versions.get(0);
        PlanKind kind = PlanKind.valueOf(plan.getKind());
        PlanContent content = PlanDocuments.read(current.getContent());
        PlanFacts facts = facts(plan, content);
        LocalDate lastSigned = versions.stream()
                .filter(PlanVersion::isSigned)
                .map(v -> LocalDate.ofInstant(v.getSignedAt(), ZoneId.systemDefault()))
                .findFirst()
                .orElse(null);
        List<PlanReview> reviews = em.createNamedQuery(PlanReview.FIND_BY_PLAN, PlanReview.class)
                .setParameter("planId", plan.getId())
                .getResultList();
        LocalDate lastReview = reviews.isEmpty() ? null : reviews.get(0).getReviewedOn();
        Optional<LocalDate> due = ReviewSchedule.nextDue(
                LocalDate.ofInstant(plan.getCreatedAt(), ZoneId.systemDefault()),
                lastSigned,
                lastReview,
                policy(plan).reviewIntervalDays(),
                exitedOn(plan.getParticipant(), kind));
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
                PlanCompleteness.missing(kind, content, policy(plan), facts),
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
                ReviewSchedule.status(due, LocalDate.now()),
                reviews.stream()
                        .map(r -> new PlanView.ReviewView(
                                r.getReviewedOn(),
                                r.getVersionNumber(),
                                r.getProgress(),
                                r.getChanges(),
                                PlanDocuments.readProgress(r.getObjectiveProgress()),
                                r.getReviewedBy(),
                                r.getRecordedAt()))
                        .toList(),
                facts.goalDemand(),
                links.links(plan, content));
    }

    /** What the checks need to know about this plan today. */
    public PlanFacts facts(Plan plan, PlanContent content) {
        StateProfile state = plan.getLwda().getState();
        LmiReview lmi = content.lmiReviewId() == null ? null : em.find(LmiReview.class, content.lmiReviewId());
        ObjectiveAssessment assessment = assessment(plan.getParticipant());
        Long programId =
                content.trainingPlan() == null ? null : content.trainingPlan().programId();
        TrainingProgram program = programId == null ? null : em.find(TrainingProgram.class, programId);
        return new PlanFacts(
                LocalDate.now(),
                lmi == null
                        ? null
                        : new PlanFacts.LmiSection(
                                lmi.isReviewedWithParticipant(),
                                lmi.getLmiComment(),
                                lmi.getOccupations().stream()
                                        .map(LmiReviewOccupation::getSoc)
                                        .toList()),
                program == null
                        ? null
                        : program.isActive() && program.getState().getCode().equals(state.getCode()),
                goalDemand(plan, content),
                assessment == null ? null : assessment.getAssessedOn(),
                state.getAssessmentMaxAgeMonths(),
                state.getStrategyMaxAgeMonths());
    }

    /** The boards' label of the goal occupations, in the goals' order (WIOA sec. 3(23)). */
    public InDemandLabel goalDemand(Plan plan, PlanContent content) {
        List<String> socs = content.goals().stream()
                .map(PlanContent.EmploymentGoal::soc)
                .filter(Objects::nonNull)
                .toList();
        return inDemand.label(plan.getLwda().getId(), socs);
    }

    public PlanPolicy policy(Plan plan) {
        return PlanPolicy.of(plan.getStateCode(), plan.getLwda().getState().getPlanReviewIntervalDays());
    }

    /**
     * The day the participant exited the programs of this kind of plan: the latest exit date once
     * every such enrollment has one on or before today; null while one is open.
     */
    public LocalDate exitedOn(Participant participant, PlanKind kind) {
        List<Enrollment> enrollments = em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", participant.getId())
                .getResultStream()
                .filter(e -> kind.programs().contains(e.getProgram()))
                .toList();
        LocalDate today = LocalDate.now();
        if (enrollments.isEmpty()
                || enrollments.stream()
                        .anyMatch(
                                e -> e.getExitDate() == null || e.getExitDate().isAfter(today))) {
            return null;
        }
        return enrollments.stream()
                .map(Enrollment::getExitDate)
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    /** A training plan that names an ETPL program names one of the plan's state (any state's id is refused). */
    public void requireStateProgram(Plan plan, PlanContent content) {
        Long programId =
                content.trainingPlan() == null ? null : content.trainingPlan().programId();
        if (programId == null) {
            return;
        }
        TrainingProgram program = em.find(TrainingProgram.class, programId);
        if (program == null || !program.getState().getCode().equals(plan.getStateCode())) {
            throw InvalidInputException.of(
                    "trainingPlan.programId",
                    Text.of(
                            "plan.notOnEtpl",
                            programId,
                            plan.getLwda().getState().getName()));
        }
    }

    public ObjectiveAssessment assessment(Participant participant) {
        return em.createNamedQuery(ObjectiveAssessment.FIND_BY_PARTICIPANT, ObjectiveAssessment.class)
                .setParameter("participantId", participant.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
