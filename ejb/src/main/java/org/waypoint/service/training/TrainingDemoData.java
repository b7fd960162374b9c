package org.waypoint.service.training;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.assessment.BasicSkillsTest;
import org.waypoint.persistence.assessment.TestInstrument;
import org.waypoint.persistence.assessment.TestSubject;
import org.waypoint.persistence.eligibility.CriterionOutcome;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.eligibility.FactSource;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.plan.PlanSignature;
import org.waypoint.persistence.plan.PlanVersion;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.reference.TrainingProgram;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.persistence.supportive.SupportiveLimit;
import org.waypoint.persistence.supportive.SupportiveRequest;
import org.waypoint.persistence.training.ItaPayment;
import org.waypoint.persistence.training.Training;
import org.waypoint.persistence.training.TrainingType;

/**
 * The embedded demo's training and supportive services, so the new pages show something on the
 * first start: Dana Whitaker (WP-DEMO0001, Bluegrass) determined eligible for and enrolled in the
 * Adult program, with a signed IEP (Kentucky's gate), in nursing training paid through an ITA with
 * two payments; Bluegrass's supportive-service limits; one transportation request approved within
 * them and one above them waiting for the Bluegrass admin. Written through the entities (no one is
 * signed in at start-up); only what is missing is added.
 */
final class TrainingDemoData {

    private static final String CASE_MANAGER = "cm-bluegrass";

    private TrainingDemoData() {}

    static void create(EntityManager em) {
        Participant dana = em.createQuery(
                        "SELECT p FROM Participant p WHERE p.participantNumber = 'WP-DEMO0001'", Participant.class)
                .getResultStream()
                .findFirst()
                .orElse(null);
        StaffAccount staff = account(em, CASE_MANAGER);
        if (dana == null || staff == null || !trainings(em, dana).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        Enrollment adult = adultEnrollment(em, dana, staff, today.minusDays(30));
        signedPlan(em, dana, staff, today.minusDays(21));
        training(em, adult, staff, today.minusDays(14));
        limits(em, dana);
        supportive(
                em,
                adult,
                staff,
                "SUP-TRANSPORTATION",
                "120.00",
                today.minusDays(10),
                "Monthly bus pass to reach the Leestown campus; no car and no other help with fares",
                true);
        supportive(
                em,
                adult,
                staff,
                "SUP-TRANSPORTATION",
                "250.00",
                today.minusDays(1),
                "Gas card for the clinical rotation in Winchester, 40 miles away with no bus service",
                false);
    }

    private static List<Training> trainings(EntityManager em, Participant participant) {
        return em.createNamedQuery(Training.FIND_BY_PARTICIPANT, Training.class)
                .setParameter("participantId", participant.getId())
                .getResultList();
    }

    /** Her open Adult enrollment, or a new one resting on an eligible determination made the day before. */
    private static Enrollment adultEnrollment(EntityManager em, Participant dana, StaffAccount staff, LocalDate entry) {
        Enrollment open = em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", dana.getId())
                .getResultStream()
                .filter(e -> e.getProgram() == Program.ADULT && e.getExitDate() == null)
                .findFirst()
                .orElse(null);
        if (open != null) {
            return open;
        }
        // 20 CFR 680.120: 18 or older; SNAP makes her low income, priority of service (TEGL 19-16)
        EligibilityDetermination determination = new EligibilityDetermination(
                dana,
                Program.ADULT,
                entry.minusDays(1),
                true,
                2,
                staff.getUsername(),
                "{\"asOf\":\"" + entry.minusDays(1) + "\",\"dateOfBirth\":\"" + dana.getDateOfBirth()
                        + "\",\"authorizedToWork\":true,\"publicAssistance\":[\"SNAP\"]}",
                List.of(
                        new CriterionOutcome("ADULT_AGE", true, "18 or older (20 CFR 680.120)."),
                        new CriterionOutcome("AUTHORIZED_TO_WORK", true, "Authorized to work in the United States."),
                        new CriterionOutcome("LOW_INCOME", true, "Receives SNAP (WIOA sec. 3(36)(A)(i)).")),
                // where each fact was verified (TEGL 23-19), shown with the saved determination (issue 19)
                Map.of(
                        "dateOfBirth", FactSource.SOURCE_DOCUMENT,
                        "authorizedToWork", FactSource.SELF_ATTESTATION,
                        "selectiveService", FactSource.CROSS_MATCH,
                        "lowIncome", FactSource.STATE_MIS));
        determination.setPriorityReason("Group 2: Other public assistance recipients, low-income individuals and basic"
                + " skills deficient - public assistance or low income (WIOA sec. 3(36)).");
        em.persist(determination);
        // a test typed for the wrong person, voided and kept beside the one that counts (issue 19)
        BasicSkillsTest wrong = new BasicSkillsTest(
                dana, TestInstrument.TABE, TestSubject.READING, 450, 2, entry.minusDays(3), staff.getUsername());
        wrong.voidFor("Score sheet of another participant", staff.getUsername());
        em.persist(wrong);
        em.persist(new BasicSkillsTest(
                dana, TestInstrument.TABE, TestSubject.READING, 590, 5, entry.minusDays(2), staff.getUsername()));
        Enrollment enrollment = new Enrollment(dana, Program.ADULT, entry);
        enrollment.setCaseManager(staff);
        enrollment.setOffice(dana.getOffice());
        enrollment.setEntryCharacteristics(
                dana.getEmploymentStatus(),
                dana.getEducationLevel(),
                dana.getSchoolStatus(),
                dana.getBarriers(),
                dana.getPublicAssistance());
        enrollment.restOn(determination, false, false);
        em.persist(enrollment);
        return enrollment;
    }

    /** An IEP signed by her and her case manager, unless one is signed already. */
    private static void signedPlan(EntityManager em, Participant dana, StaffAccount staff, LocalDate day) {
        long signed = em.createQuery(
                        "SELECT COUNT(v) FROM PlanVersion v WHERE v.plan.participant.id = :id AND v.status = :signed",
                        Long.class)
                .setParameter("id", dana.getId())
                .setParameter("signed", PlanVersion.SIGNED)
                .getSingleResult();
        if (signed > 0) {
            return;
        }
        Instant at = day.atStartOfDay(java.time.ZoneOffset.UTC)
                .plus(15, ChronoUnit.HOURS)
                .toInstant();
        Plan plan = new Plan(dana, "IEP", staff.getUsername(), at);
        em.persist(plan);
        String content = "{\"participantTookPart\":true,"
                + "\"goals\":[{\"term\":\"LONG\",\"soc\":\"29-1141\",\"occupation\":\"Registered Nurses\","
                + "\"justification\":\"Bright outlook in Bluegrass; six years as a nursing assistant\"}],"
                + "\"industrySectors\":[\"Healthcare\"],\"strengths\":\"Patient care experience; dependable\","
                + "\"goalsAndChallenges\":\"Become an RN within two years\","
                + "\"stressorsAndChallenges\":\"No car; two children in school\","
                + "\"barriers\":[\"transportation\"],"
                + "\"careerPathway\":[\"Nursing assistant\",\"Registered nurse\"],"
                + "\"providerInformation\":\"ETPL: BCTC Associate Degree Nursing\","
                + "\"followUpPlan\":\"Monthly contact during training\"}";
        PlanVersion version = new PlanVersion(plan, 1, content, staff.getUsername(), at);
        em.persist(version);
        version.sign(
                new PlanSignature(
                        PlanSignature.PARTICIPANT, "Dana Whitaker", "TYPED", null, true, at, staff.getUsername()),
                new PlanSignature(
                        PlanSignature.STAFF, staff.getDisplayName(), "TYPED", null, true, at, staff.getUsername()),
                at);
    }

    /** Nursing at BCTC through an ITA, started two weeks ago, with two tuition payments. */
    private static void training(EntityManager em, Enrollment adult, StaffAccount staff, LocalDate start) {
        ServiceCode ita = code(em, "TR-ITA");
        TrainingProgram nursing = em.createQuery(
                        "SELECT t FROM TrainingProgram t WHERE t.state.code = 'KY' AND t.active = TRUE"
                                + " ORDER BY t.provider, t.program, t.id",
                        TrainingProgram.class)
                .getResultStream()
                .filter(t -> t.getProgram().contains("Nursing"))
                .findFirst()
                .orElse(null);
        if (ita == null || nursing == null) {
            return;
        }
        ServiceRecord record = new ServiceRecord(adult, ita, ServiceStatus.IN_PROGRESS);
        record.setStaff(staff);
        record.setPlanned(start, start.plusWeeks(nursing.getLengthWeeks()));
        record.setActual(start, null);
        record.setProvider(nursing.getProvider());
        record.setCosts(new BigDecimal("4000.00"), new BigDecimal("2500.00"));
        em.persist(record);
        Training training = new Training(record);
        training.setTrainingProgram(nursing);
        training.setTrainingType(TrainingType.OCCUPATIONAL_SKILLS);
        training.setDates(start, start.plusWeeks(nursing.getLengthWeeks()), null, null);
        training.setItaAmount(new BigDecimal("4000.00"));
        training.setOtherAid(true, new BigDecimal("3200.00"), "Pell Grant for the fall and spring terms");
        em.persist(training);
        em.persist(new ItaPayment(training, start, new BigDecimal("1500.00"), "Fall tuition, BCTC invoice 1041"));
        em.persist(new ItaPayment(
                training, start.plusDays(11), new BigDecimal("1000.00"), "Books, scrubs and clinical fees"));
    }

    /** Bluegrass pays up to $1,000 a program year, $300 of it for transportation, without approval. */
    private static void limits(EntityManager em, Participant dana) {
        boolean any = !em.createNamedQuery(SupportiveLimit.FIND_BY_LWDA, SupportiveLimit.class)
                .setParameter("lwdaId", dana.getLwda().getId())
                .getResultList()
                .isEmpty();
        if (!any) {
            em.persist(new SupportiveLimit(dana.getLwda(), null, new BigDecimal("1000.00")));
            em.persist(new SupportiveLimit(dana.getLwda(), code(em, "SUP-TRANSPORTATION"), new BigDecimal("300.00")));
        }
    }

    private static void supportive(
            EntityManager em,
            Enrollment adult,
            StaffAccount staff,
            String codeText,
            String amount,
            LocalDate day,
            String need,
            boolean withinLimit) {
        ServiceCode code = code(em, codeText);
        if (code == null) {
            return;
        }
        ServiceRecord record = new ServiceRecord(adult, code, ServiceStatus.PLANNED);
        record.setStaff(staff);
        SupportiveRequest request = new SupportiveRequest(record, new BigDecimal(amount), day, "LexTran", need, staff);
        if (withinLimit) {
            request.approveWithinLimit("Within the local area's limits.");
        }
        org.waypoint.service.supportive.SupportiveDelivery.deliver(request);
        em.persist(record);
        em.persist(request);
    }

    private static ServiceCode code(EntityManager em, String code) {
        return em.createQuery(
                        "SELECT c FROM ServiceCode c WHERE c.state.code = 'KY' AND c.code = :code", ServiceCode.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static StaffAccount account(EntityManager em, String username) {
        return em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
