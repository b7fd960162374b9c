package org.waypoint.service.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.assessment.BasicSkillsTest;
import org.waypoint.persistence.assessment.ObjectiveAssessment;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.assessment.AssessmentViews.AssessmentSummary;
import org.waypoint.service.assessment.AssessmentViews.NarrativeInput;
import org.waypoint.service.assessment.AssessmentViews.TestInput;
import org.waypoint.service.assessment.AssessmentViews.TestView;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The objective assessment: records basic skills tests (and keeps the participant's
 * basic-skills-deficient barrier in step with the latest results, WIOA sec. 3(5)), and the
 * narrative staff write with the participant. Tests older than the state's limit (6 months by
 * default) are marked stale for a youth ISS.
 */
@Stateless
public class AssessmentService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public AssessmentSummary summary(long participantId, LocalDate asOf) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return summarize(participant, asOf);
    }

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public AssessmentSummary recordTest(long participantId, TestInput input) {
        Participant participant = participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        if (input.scaleScore() == null) {
            throw InvalidInputException.of("scaleScore", "Enter the scale score from the score report.");
        }
        if (input.functioningLevel() == null) {
            throw InvalidInputException.of(
                    "functioningLevel", "Enter the educational functioning level (1 to 6) from the score report.");
        }
        BasicSkillsTest test = BeanValidation.requireValid(new BasicSkillsTest(
                participant,
                input.instrument(),
                input.subject(),
                input.scaleScore(),
                input.functioningLevel(),
                input.testDate(),
                caller.username()));
        em.persist(test);
        em.flush();
        BasicSkillsRules.Finding finding = BasicSkillsRules.deficiency(results(participantId));
        java.util.Set<Barrier> barriers = java.util.EnumSet.noneOf(Barrier.class);
        barriers.addAll(participant.getBarriers());
        if (finding.deficient()) {
            barriers.add(Barrier.BASIC_SKILLS_DEFICIENT);
        } else {
            barriers.remove(Barrier.BASIC_SKILLS_DEFICIENT);
        }
        participant.setBarriers(barriers);
        em.flush();
        return summarize(participant, LocalDate.now());
    }

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public AssessmentSummary saveNarrative(long participantId, NarrativeInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        Participant participant = participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        ObjectiveAssessment assessment = narrative(participantId);
        if (assessment == null) {
            assessment = new ObjectiveAssessment(participant);
        } else if (input.version() == null || input.version() != assessment.getVersion()) {
            throw new ConcurrentChangeException(
                    "This assessment", audit.lastChangedBy("ObjectiveAssessment", participant.getParticipantNumber()));
        }
        assessment.setAssessedOn(input.assessedOn());
        assessment.setAssessedBy(caller.username());
        assessment.setInterests(trim(input.interests()));
        assessment.setAptitudes(trim(input.aptitudes()));
        assessment.setWorkHistory(trim(input.workHistory()));
        assessment.setTransferableSkills(trim(input.transferableSkills()));
        assessment.setStrengths(trim(input.strengths()));
        assessment.setStressorsAndChallenges(trim(input.stressorsAndChallenges()));
        assessment.setSupportiveServiceNeeds(trim(input.supportiveServiceNeeds()));
        assessment.setDevelopmentalNeeds(trim(input.developmentalNeeds()));
        BeanValidation.requireValid(assessment);
        if (assessment.getId() == null) {
            em.persist(assessment);
        }
        em.flush();
        return summarize(participant, LocalDate.now());
    }

    private AssessmentSummary summarize(Participant participant, LocalDate asOf) {
        int maxAge = participant.getLwda().getState().getAssessmentMaxAgeMonths();
        List<BasicSkillsTest> tests = em.createNamedQuery(BasicSkillsTest.FIND_BY_PARTICIPANT, BasicSkillsTest.class)
                .setParameter("participantId", participant.getId())
                .getResultList();
        List<TestView> views = tests.stream()
                .map(t -> new TestView(
                        t.getId(),
                        t.getInstrument(),
                        t.getSubject(),
                        t.getScaleScore(),
                        t.getFunctioningLevel(),
                        BasicSkillsRules.gradeSpan(t.getFunctioningLevel()),
                        t.getTestDate(),
                        BasicSkillsRules.isStale(t.getTestDate(), asOf, maxAge),
                        t.getRecordedBy()))
                .toList();
        BasicSkillsRules.Finding finding = BasicSkillsRules.deficiency(results(participant.getId()));
        ObjectiveAssessment a = narrative(participant.getId());
        NarrativeInput narrative = a == null
                ? null
                : new NarrativeInput(
                        a.getAssessedOn(),
                        a.getInterests(),
                        a.getAptitudes(),
                        a.getWorkHistory(),
                        a.getTransferableSkills(),
                        a.getStrengths(),
                        a.getStressorsAndChallenges(),
                        a.getSupportiveServiceNeeds(),
                        a.getDevelopmentalNeeds(),
                        a.getVersion());
        return new AssessmentSummary(
                views,
                finding.deficient(),
                finding.explanation(),
                maxAge,
                narrative,
                a == null ? null : a.getAssessedBy(),
                Instant.now());
    }

    private List<BasicSkillsRules.Result> results(long participantId) {
        return em.createNamedQuery(BasicSkillsTest.FIND_BY_PARTICIPANT, BasicSkillsTest.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(t -> new BasicSkillsRules.Result(
                        t.getInstrument(), t.getSubject(), t.getScaleScore(), t.getFunctioningLevel(), t.getTestDate()))
                .toList();
    }

    private ObjectiveAssessment narrative(long participantId) {
        return em.createNamedQuery(ObjectiveAssessment.FIND_BY_PARTICIPANT, ObjectiveAssessment.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Participant participant(long id) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null) {
            throw new NotFoundException("No participant " + id + ".");
        }
        return participant;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
