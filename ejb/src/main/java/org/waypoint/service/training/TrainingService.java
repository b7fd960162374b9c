package org.waypoint.service.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.plan.PlanVersion;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.reference.TrainingProgram;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.persistence.training.ItaPayment;
import org.waypoint.persistence.training.Training;
import org.waypoint.persistence.training.TrainingOutcome;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;
import org.waypoint.service.services.EnrollmentDates;

/**
 * Records the training a participant takes (WIOA sec. 134(c)(3)), each as a service record of a
 * TRAINING code so exit and the service timeline count it. One transaction per save, within the
 * caller's LWDA, refused whole with every wrong field named: the state's gate (a signed IEP/ISS
 * where the state requires one, Kentucky 24-003), an inactive or unknown ETPL program or code, a
 * code the enrollment's program may not fund, impossible dates, an ITA above the local cap. A
 * change needs the version loaded; the audit trail comes from the entities.
 */
@Stateless
public class TrainingService {

    private static final String FIRST_SIGNED =
            "SELECT MIN(v.signedAt) FROM PlanVersion v WHERE v.plan.participant.id = :id AND v.status = :signed";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private CatalogEnrollments catalog;

    @EJB
    private AuditService audit;

    /** A participant's trainings, newest first, each with its ITA payments. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<TrainingView> trainings(long participantId) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        Map<Long, List<ItaPaymentView>> payments = em.createNamedQuery(ItaPayment.FIND_BY_PARTICIPANT, ItaPayment.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(ItaPaymentView::of)
                .collect(Collectors.groupingBy(ItaPaymentView::trainingId));
        return em.createNamedQuery(Training.FIND_BY_PARTICIPANT, Training.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(t -> TrainingView.of(t, payments.getOrDefault(t.getId(), List.of())))
                .toList();
    }

    /** What the participant's ITAs have paid against the LWDA's cap. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public ItaTotalsView itaTotals(long participantId) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return ItaTotalsView.of(participant.getLwda().getItaLimit(), ItaPayments.paid(em, participantId));
    }

    /** Records a training; see the class comment for what is refused. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public TrainingView add(long participantId, TrainingInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        requireInput(input);
        Participant participant = participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        StateProfile state = participant.getLwda().getState();
        Map<String, Text> errors = new LinkedHashMap<>(TrainingRules.gateTexts(
                state.isTrainingRequiresSignedPlan(),
                firstSignedOn(participantId),
                input.startDate(),
                state.getName()));
        errors.putAll(TrainingRules.checkTexts(input, participant.getLwda().getItaLimit()));
        TrainingProgram program = program(input.trainingProgramId(), state, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        ServiceCode code = catalog.code(participant, input.serviceCode(), ServiceCategory.TRAINING);
        Enrollment enrollment = catalog.enrollment(participant, input.enrollmentId(), code);
        ServiceRecord record = new ServiceRecord(enrollment, code, ServiceStatus.PLANNED);
        record.setStaff(em.find(StaffAccount.class, caller.accountId()));
        Training training = new Training(record);
        apply(input, training, program);
        BeanValidation.requireValid(record);
        BeanValidation.requireValid(training);
        em.persist(record);
        em.persist(training);
        EnrollmentDates.refresh(em, enrollment);
        em.flush(); // the answer carries the version written
        return TrainingView.of(training, List.of());
    }

    /**
     * Changes a training: dates, outcome, program, ITA, aid; its code and enrollment stay (void the
     * service and record another for those).
     *
     * @throws ConcurrentChangeException when it was saved since {@code input.version()}
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public TrainingView change(long trainingId, TrainingInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        requireInput(input);
        Training training = NotFoundException.unlessNull(
                em.find(Training.class, trainingId), Text.of("training.notFound", trainingId));
        Participant participant = training.getParticipant();
        callers.requireWrite(participant.getLwda().getId());
        if (input.version() == null || input.version() != training.getVersion()) {
            throw new ConcurrentChangeException(
                    Text.of("training.thisTraining"),
                    audit.lastChangedBy(Training.class.getSimpleName(), String.valueOf(trainingId)));
        }
        StateProfile state = participant.getLwda().getState();
        Map<String, Text> errors = new LinkedHashMap<>(
                TrainingRules.checkTexts(input, participant.getLwda().getItaLimit()));
        TrainingProgram program = program(input.trainingProgramId(), state, errors);
        BigDecimal paid = ItaPayments.paidOn(em, trainingId);
        if (paid.signum() > 0 && (input.itaAmount() == null || input.itaAmount().compareTo(paid) < 0)) {
            errors.putIfAbsent("itaAmount", Text.of("training.ita.alreadyPaid", paid.toPlainString()));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        apply(input, training, program);
        BeanValidation.requireValid(training.getServiceRecord());
        BeanValidation.requireValid(training);
        EnrollmentDates.refresh(em, training.getServiceRecord().getEnrollment());
        em.flush();
        return trainings(participant.getId()).stream()
                .filter(t -> t.id().equals(trainingId))
                .findFirst()
                .orElseThrow();
    }

    private static void requireInput(TrainingInput input) {
        if (input == null) {
            throw InvalidInputException.of("training", Text.of("training.input.required"));
        }
    }

    /** The entity and its service record take the input; the record's status follows the dates. */
    private static void apply(TrainingInput input, Training training, TrainingProgram program) {
        training.setTrainingProgram(program);
        training.setTrainingType(input.trainingType());
        training.setDates(input.startDate(), input.plannedEnd(), input.actualEnd(), input.outcome());
        training.setEmployer(trimmed(input.employer()));
        training.setItaAmount(input.itaAmount());
        training.setOtherAid(input.otherAidConsidered(), input.otherAidAmount(), trimmed(input.aidNote()));
        ServiceRecord record = training.getServiceRecord();
        ServiceStatus status = status(input.startDate(), input.outcome(), LocalDate.now());
        record.setStatus(status);
        record.setPlanned(input.startDate(), input.plannedEnd());
        record.setActual(status == ServiceStatus.PLANNED ? null : input.startDate(), input.actualEnd());
        record.setProvider(program != null ? program.getProvider() : trimmed(input.employer()));
        record.setCosts(input.itaAmount(), record.getActualCost());
    }

    /** The service record's status: planned before it starts, in progress, then as it ended. */
    static ServiceStatus status(LocalDate start, TrainingOutcome outcome, LocalDate today) {
        if (outcome != null) {
            return outcome.completed() ? ServiceStatus.COMPLETED_SUCCESSFUL : ServiceStatus.COMPLETED_UNSUCCESSFUL;
        }
        return start.isAfter(today) ? ServiceStatus.PLANNED : ServiceStatus.IN_PROGRESS;
    }

    /** The ETPL program, which must be an active one of the participant's state (20 CFR 680.410). */
    private TrainingProgram program(Long id, StateProfile state, Map<String, Text> errors) {
        if (id == null) {
            return null;
        }
        TrainingProgram program = em.find(TrainingProgram.class, id);
        if (program == null || !program.getState().getCode().equals(state.getCode()) || !program.isActive()) {
            errors.put("trainingProgramId", Text.of("training.program.notOnEtpl", state.getName()));
            return null;
        }
        return program;
    }

    /** The day the participant's first plan version was signed, in the server's time zone; null when none is. */
    private LocalDate firstSignedOn(long participantId) {
        java.time.Instant signedAt = em.createQuery(FIRST_SIGNED, java.time.Instant.class)
                .setParameter("id", participantId)
                .setParameter("signed", PlanVersion.SIGNED)
                .getSingleResult();
        return signedAt == null ? null : LocalDate.ofInstant(signedAt, java.time.ZoneId.systemDefault());
    }

    private Participant participant(long id) {
        return NotFoundException.unlessNull(
                em.find(Participant.class, id), Text.of("training.participant.notFound", id));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
