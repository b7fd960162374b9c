package org.waypoint.service.eligibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.eligibility.CriterionOutcome;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.eligibility.FactSource;
import org.waypoint.persistence.eligibility.IncomeSchedule;
import org.waypoint.persistence.eligibility.LlsilSchedule;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Determines WIOA eligibility with {@link EligibilityRules}: evaluates facts without saving (for
 * the live screen and other systems' pre-screening) and saves determinations, each criterion with
 * its reason and each fact with its source document type. A new determination never replaces an
 * old one. The low-income thresholds come from the state's dated income schedules.
 */
@Stateless
public class EligibilityService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    /** Evaluates without saving. Missing facts and impossible dates answer with their field names. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public EligibilityResult evaluate(Program program, EligibilityFacts facts, String stateCode) {
        StaffPrincipal caller = callers.current();
        String state = stateCode != null && !stateCode.isBlank()
                ? stateCode.trim().toUpperCase()
                : caller.stateCode() != null ? caller.stateCode() : "KY";
        if (state.length() != 2 || em.find(StateProfile.class, state) == null) {
            throw InvalidInputException.of("state", Explanations.text("noState", abbreviate(state)));
        }
        // The caller's own local area gives the LLSIL region when it is in the state asked about.
        Lwda own = caller.lwdaId() == null ? null : em.find(Lwda.class, caller.lwdaId());
        Lwda area = own != null && own.getState().getCode().equals(state) ? own : null;
        IncomeThresholds thresholds = thresholds(state, area);
        StateSettings settings = settings(state);
        check(program, facts, thresholds, settings);
        return EligibilityRules.evaluate(program, facts, thresholds, settings);
    }

    /** The same evaluation for a participant: their state's settings and their local area's LLSIL region. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public EligibilityResult evaluateFor(long participantId, Program program, EligibilityFacts facts) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return evaluate(participant, program, facts);
    }

    private EligibilityResult evaluate(Participant participant, Program program, EligibilityFacts facts) {
        String state = participant.getLwda().getState().getCode();
        IncomeThresholds thresholds = thresholds(state, participant.getLwda());
        StateSettings settings = settings(state);
        check(program, facts, thresholds, settings);
        return EligibilityRules.evaluate(program, facts, thresholds, settings);
    }

    /** The facts the participant's record already holds, for the determination screen to start from. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public EligibilityFacts factsOnRecord(long participantId, LocalDate asOf) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return ParticipantFacts.of(participant, asOf);
    }

    /** Evaluates and saves a determination for the participant, with the source of each fact. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public DeterminationView determine(
            long participantId, Program program, EligibilityFacts facts, Map<String, FactSource> sources) {
        Participant participant = participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        EligibilityResult result = evaluate(participant, program, facts);
        if (!facts.dateOfBirth().equals(participant.getDateOfBirth())) {
            throw InvalidInputException.of("dateOfBirth", Explanations.text("dateOfBirthDiffers"));
        }
        if (result.outcome() == EligibilityResult.Outcome.CANNOT_BE_DETERMINED) {
            // WIOA sec. 3(36)(A)(ii): a missing table is not a finding; nothing is saved until it is entered.
            throw InvalidInputException.of(
                    "incomeThresholds",
                    Explanations.text(
                            "cannotBeDetermined",
                            Explanations.sentences(result.undetermined().stream()
                                    .map(CriterionResult::text)
                                    .toList())));
        }
        Map<String, Text> unsourced = FactSourceRules.checkTexts(program, sources);
        if (!unsourced.isEmpty()) {
            throw InvalidInputException.texts(unsourced); // TEGL 23-19: each fact's source, chosen (issue 19)
        }
        EligibilityDetermination determination = new EligibilityDetermination(
                participant,
                toRecordProgram(program),
                facts.asOf(),
                result.eligible(),
                result.priorityGroup() == null ? null : result.priorityGroup().number(),
                caller.username(),
                JSON.toJson(facts),
                result.criteria().stream()
                        .map(c -> new CriterionOutcome(
                                c.code(), c.met(), c.explanation(), c.text().toJson()))
                        .toList(),
                sources == null ? Map.of() : sources);
        determination.setConditions(
                result.conditions().isEmpty()
                        ? null
                        : result.conditions().stream()
                                .map(Enum::name)
                                .collect(java.util.stream.Collectors.joining(",")));
        if (result.priorityGroup() != null) {
            Text reason = PriorityOfService.reasonText(
                    facts, thresholds(participant.getLwda().getState().getCode(), participant.getLwda()));
            determination.setPriorityReason(reason.english());
            determination.setPriorityReasonText(reason.toJson());
        }
        em.persist(determination);
        em.flush();
        return DeterminationView.of(determination);
    }

    /** Every determination of the participant, newest first. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<DeterminationView> determinations(long participantId) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return em.createNamedQuery(EligibilityDetermination.FIND_BY_PARTICIPANT, EligibilityDetermination.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(DeterminationView::of)
                .toList();
    }

    /** One income schedule as the admin page and the API show it. */
    public record ScheduleView(
            String stateCode,
            LocalDate effectiveDate,
            List<java.math.BigDecimal> povertyGuidelines,
            java.math.BigDecimal povertyGuidelineIncrement,
            List<java.math.BigDecimal> llsil70Percent,
            java.math.BigDecimal llsil70PercentIncrement,
            String source)
            implements java.io.Serializable {}

    /** A state's low-income schedules, newest first. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<ScheduleView> incomeSchedules(String stateCode) {
        return em.createNamedQuery(IncomeSchedule.FIND_BY_STATE, IncomeSchedule.class)
                .setParameter("state", stateCode)
                .getResultStream()
                .map(s -> new ScheduleView(
                        s.getState().getCode(),
                        s.getEffectiveDate(),
                        s.getHhsAmounts(),
                        s.getHhsIncrement(),
                        s.getLlsilAmounts(),
                        s.getLlsilIncrement(),
                        s.getSource()))
                .toList();
    }

    /**
     * Adds a year's schedule (HHS poverty guidelines and, where known, 70% LLSIL, by family size
     * from 1, with the amount for each additional person). Determinations dated on or after its
     * effective date use it; earlier determinations keep the schedule they were made with.
     */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public ScheduleView addIncomeSchedule(ScheduleView given) {
        ScheduleView input = given.stateCode() == null
                ? given
                : new ScheduleView(
                        given.stateCode().strip().toUpperCase(java.util.Locale.ROOT),
                        given.effectiveDate(),
                        given.povertyGuidelines(),
                        given.povertyGuidelineIncrement(),
                        given.llsil70Percent(),
                        given.llsil70PercentIncrement(),
                        given.source());
        Map<String, Text> errors = new LinkedHashMap<>();
        StateProfile state = input.stateCode() == null ? null : em.find(StateProfile.class, input.stateCode());
        if (state == null) {
            errors.put("stateCode", Explanations.text("schedule.state"));
        }
        if (input.effectiveDate() == null) {
            errors.put("effectiveDate", Explanations.text("schedule.effectiveDate"));
        }
        if (input.source() == null || input.source().isBlank()) {
            errors.put("source", Explanations.text("schedule.source"));
        }
        try {
            new IncomeThresholds.Schedule(
                    input.effectiveDate() == null ? LocalDate.now() : input.effectiveDate(),
                    input.povertyGuidelines(),
                    input.povertyGuidelineIncrement(),
                    input.llsil70Percent(),
                    input.llsil70PercentIncrement());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put(
                    "povertyGuidelines",
                    e.getMessage() == null ? Explanations.text("schedule.amounts") : Text.literal(e.getMessage()));
        }
        if (errors.isEmpty()
                && !em.createQuery(
                                "SELECT s.id FROM IncomeSchedule s WHERE s.state.code = :state AND s.effectiveDate = :date",
                                Long.class)
                        .setParameter("state", input.stateCode())
                        .setParameter("date", input.effectiveDate())
                        .getResultList()
                        .isEmpty()) {
            errors.put("effectiveDate", Explanations.text("schedule.exists", state.getName()));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        em.persist(new IncomeSchedule(
                state,
                input.effectiveDate(),
                input.povertyGuidelines(),
                input.povertyGuidelineIncrement(),
                input.llsil70Percent(),
                input.llsil70PercentIncrement(),
                input.source().strip()));
        em.flush();
        return input;
    }

    /** The state's settings the rules read (the compulsory school attendance age). */
    StateSettings settings(String stateCode) {
        StateProfile state = em.find(StateProfile.class, stateCode);
        return new StateSettings(stateCode, state == null ? null : state.getCompulsorySchoolAge());
    }

    /** The thresholds of a state, with the 70% LLSIL tables of the local area's region when it names one. */
    IncomeThresholds thresholds(String stateCode, Lwda area) {
        IncomeThresholds statewide = thresholds(stateCode);
        if (area == null || area.getLlsilRegion() == null) {
            return statewide;
        }
        List<IncomeThresholds.LlsilSchedule> tables = em.createNamedQuery(
                        LlsilSchedule.FIND_BY_STATE, LlsilSchedule.class)
                .setParameter("state", stateCode)
                .getResultStream()
                .filter(t -> t.getRegion().equals(area.getLlsilRegion()))
                .map(t -> new IncomeThresholds.LlsilSchedule(t.getEffectiveDate(), t.getAmounts(), t.getIncrement()))
                .toList();
        return statewide.forLlsilRegion(area.getLlsilRegion(), tables);
    }

    /** The dated thresholds of a state, as the rules read them. */
    IncomeThresholds thresholds(String stateCode) {
        List<IncomeThresholds.Schedule> schedules = em.createNamedQuery(
                        IncomeSchedule.FIND_BY_STATE, IncomeSchedule.class)
                .setParameter("state", stateCode)
                .getResultStream()
                .map(s -> new IncomeThresholds.Schedule(
                        s.getEffectiveDate(),
                        s.getHhsAmounts(),
                        s.getHhsIncrement(),
                        s.getLlsilAmounts(),
                        s.getLlsilIncrement()))
                .toList();
        return new IncomeThresholds(stateCode, schedules);
    }

    private static void check(
            Program program, EligibilityFacts facts, IncomeThresholds thresholds, StateSettings settings) {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (program == null) {
            errors.put("program", Explanations.text("check.program"));
        }
        if (facts.asOf() == null) {
            errors.put("asOf", Explanations.text("check.asOf"));
        }
        LocalDate today = LocalDate.now();
        if (facts.dateOfBirth() != null && facts.dateOfBirth().isAfter(today)) {
            errors.put("dateOfBirth", Explanations.text("check.dateOfBirthInFuture"));
        } else if (facts.dateOfBirth() != null
                && facts.asOf() != null
                && facts.dateOfBirth().isAfter(facts.asOf())) {
            errors.put("dateOfBirth", Explanations.text("check.dateOfBirthAfterAsOf"));
        }
        if (facts.dislocatedWorkerCategory() != null
                && (facts.dislocatedWorkerCategory() < 1 || facts.dislocatedWorkerCategory() > 5)) {
            errors.put("dislocatedWorkerCategory", Explanations.text("check.dwCategory"));
        }
        if (errors.isEmpty() && program != null) {
            for (String missing : EligibilityRules.missingFacts(program, facts, thresholds, settings)) {
                errors.put(missing, Explanations.text("check.factNeeded", program.text()));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
    }

    private static org.waypoint.persistence.participant.Program toRecordProgram(Program program) {
        return org.waypoint.persistence.participant.Program.valueOf(program.name());
    }

    private Participant participant(long id) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null) {
            throw new NotFoundException(Explanations.text("noParticipant", id));
        }
        return participant;
    }

    /** A value that is not a state code, cut short so an answer never echoes a megabyte. */
    private static String abbreviate(String value) {
        return value.length() <= 10 ? value : value.substring(0, 10) + "...";
    }
}
