package org.waypoint.service.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.assessment.BasicSkillsTest;
import org.waypoint.persistence.assessment.ObjectiveAssessment;
import org.waypoint.persistence.audit.AuditEntry;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.assessment.AssessmentViews.AssessmentSummary;
import org.waypoint.service.assessment.AssessmentViews.NarrativeInput;
import org.waypoint.service.assessment.AssessmentViews.TestCorrection;
import org.waypoint.service.assessment.AssessmentViews.TestInput;
import org.waypoint.service.assessment.AssessmentViews.TestView;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The objective assessment: records basic skills tests (and keeps the participant's
 * basic-skills-deficient barrier in step with the latest results, WIOA sec. 3(5)), and the
 * narrative staff write with the participant. Tests older than the state's limit (6 months by
 * default) are marked stale for a youth ISS. A test typed wrong is corrected, one recorded in error
 * voided with the reason and kept; only the latest test of a subject that is not voided counts.
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

    /**
     * Records a test as typed from the score report. A level outside 1 to 6, a score off the test's
     * scale, or a level the score does not stand for (NRS tables, {@link NrsLevels}) is refused by
     * field, and nothing is saved: a level is never coerced into range (issue 19).
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public AssessmentSummary recordTest(long participantId, TestInput input) {
        Participant participant = participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        TestChecks.require(
                input.instrument(), input.subject(), input.scaleScore(), input.functioningLevel(), input.testDate());
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
        refreshBarrier(participant);
        return summarize(participant, LocalDate.now());
    }

    /**
     * Corrects a test typed wrong, with the reason and the version loaded; the audit row names it a
     * correction with the values before and after, as other corrections of history do.
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public AssessmentSummary correctTest(long participantId, long testId, TestCorrection input) {
        BeanValidation.requireValid(input);
        BasicSkillsTest test = test(participantId, testId);
        StaffPrincipal caller =
                callers.requireWrite(test.getParticipant().getLwda().getId());
        String reason = TestChecks.reason(input.reason(), Text.of("assessment.reason.correct"));
        if (test.isVoided()) {
            throw InvalidInputException.of("reason", Text.of("assessment.voided", test.getVoidReason()));
        }
        TestChecks.require(
                input.instrument(), input.subject(), input.scaleScore(), input.functioningLevel(), input.testDate());
        requireVersion(test, input.version());
        String before = TestChecks.describe(test);
        test.correct(
                input.instrument(), input.subject(), input.scaleScore(), input.functioningLevel(), input.testDate());
        BeanValidation.requireValid(test);
        audit(caller, test, "basic skills test", reason, before);
        flush(test);
        refreshBarrier(test.getParticipant());
        return summarize(test.getParticipant(), LocalDate.now());
    }

    /** Voids a test recorded in error, with the reason: it stays in the history and no longer counts. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public AssessmentSummary voidTest(long participantId, long testId, String reason, Long version) {
        BasicSkillsTest test = test(participantId, testId);
        StaffPrincipal caller =
                callers.requireWrite(test.getParticipant().getLwda().getId());
        String why = TestChecks.reason(reason, Text.of("assessment.reason.void"));
        if (test.isVoided()) {
            throw InvalidInputException.of("reason", Text.of("assessment.voidedAlready", test.getVoidReason()));
        }
        requireVersion(test, version);
        String before = TestChecks.describe(test);
        test.voidFor(why, caller.username());
        audit(caller, test, "void of a basic skills test", why, before);
        flush(test);
        refreshBarrier(test.getParticipant());
        return summarize(test.getParticipant(), LocalDate.now());
    }

    /** The participant's basic-skills-deficient barrier follows the current tests (WIOA sec. 3(5)). */
    private void refreshBarrier(Participant participant) {
        BasicSkillsRules.Finding finding = BasicSkillsRules.deficiency(results(participant.getId()));
        java.util.Set<Barrier> barriers = java.util.EnumSet.noneOf(Barrier.class);
        barriers.addAll(participant.getBarriers());
        if (finding.deficient()) {
            barriers.add(Barrier.BASIC_SKILLS_DEFICIENT);
        } else {
            barriers.remove(Barrier.BASIC_SKILLS_DEFICIENT);
        }
        participant.setBarriers(barriers);
        em.flush();
    }

    private void audit(StaffPrincipal caller, BasicSkillsTest test, String correction, String reason, String before) {
        em.persist(AuditEntry.correction(
                caller.username(),
                BasicSkillsTest.class.getSimpleName(),
                String.valueOf(test.auditId()),
                test.auditLwdaId(),
                correction,
                reason,
                before,
                TestChecks.describe(test)));
    }

    private void requireVersion(BasicSkillsTest test, Long version) {
        if (version == null || version != test.getVersion()) {
            throw new ConcurrentChangeException(
                    Text.of("assessment.thisTest"),
                    audit.lastChangedBy("BasicSkillsTest", String.valueOf(test.auditId())));
        }
    }

    private void flush(BasicSkillsTest test) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(Text.of("assessment.thisTest"), null);
        }
    }

    private BasicSkillsTest test(long participantId, long testId) {
        BasicSkillsTest test = em.find(BasicSkillsTest.class, testId);
        if (test == null || !test.getParticipant().getId().equals(participantId)) {
            throw new NotFoundException(Text.of("assessment.noTest.forParticipant", testId, participantId));
        }
        return test;
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
                    Text.of("assessment.thisAssessment"),
                    audit.lastChangedBy("ObjectiveAssessment", participant.getParticipantNumber()));
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
        java.util.Set<Long> current =
                BasicSkillsRules.current(tests, BasicSkillsTest::getSubject, BasicSkillsTest::isVoided).stream()
                        .map(BasicSkillsTest::getId)
                        .collect(java.util.stream.Collectors.toSet());
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
                        t.getRecordedBy(),
                        current.contains(t.getId()),
                        t.isVoided(),
                        t.getVoidReason(),
                        t.getVoidedBy(),
                        t.getVersion()))
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
                Instant.now(),
                finding.text());
    }

    /** The current test of each subject, as the rules read them: voided and superseded ones do not count. */
    private List<BasicSkillsRules.Result> results(long participantId) {
        List<BasicSkillsTest> newestFirst = em.createNamedQuery(
                        BasicSkillsTest.FIND_BY_PARTICIPANT, BasicSkillsTest.class)
                .setParameter("participantId", participantId)
                .getResultList();
        return BasicSkillsRules.current(newestFirst, BasicSkillsTest::getSubject, BasicSkillsTest::isVoided).stream()
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
            throw new NotFoundException(Text.of("assessment.noParticipant", id));
        }
        return participant;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
