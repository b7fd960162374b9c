package org.waypoint.service.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.waypoint.persistence.reference.County;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;

/**
 * Reference data for every page: states, LWDAs, counties, offices, and the resolution of a ZIP code
 * to its counties and LWDAs. State admins maintain LWDAs and county assignments; LWDA admins the
 * offices of their LWDA.
 */
@Stateless
public class ReferenceService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    public record LwdaView(Long id, String stateCode, String stateName, String code, String name, long version)
            implements java.io.Serializable {
        static LwdaView of(Lwda l) {
            return new LwdaView(
                    l.getId(),
                    l.getState().getCode(),
                    l.getState().getName(),
                    l.getCode(),
                    l.getName(),
                    l.getVersion());
        }
    }

    /** A county a ZIP lies in, with the LWDA that serves it (null where none is assigned yet). */
    public record CountyArea(String fips, String county, String stateCode, Long lwdaId, String lwdaName)
            implements java.io.Serializable {
        static CountyArea of(County c) {
            Lwda l = c.getLwda();
            return new CountyArea(
                    c.getFips(),
                    c.getName(),
                    c.getState().getCode(),
                    l == null ? null : l.getId(),
                    l == null ? null : l.getName());
        }
    }

    /** @param timeZone the office's own zone (e.g. America/Chicago in western Kentucky); null: the state's */
    public record OfficeView(
            Long id, Long lwdaId, String lwdaName, String name, String city, String zip, String phone, String timeZone)
            implements java.io.Serializable {
        static OfficeView of(Office o) {
            return new OfficeView(
                    o.getId(),
                    o.getLwda().getId(),
                    o.getLwda().getName(),
                    o.getName(),
                    o.getCity(),
                    o.getZip(),
                    o.getPhone(),
                    o.getTimeZone());
        }
    }

    /**
     * @param strategyMaxAgeMonths how old another program's service strategy may be for a youth ISS
     *     to use it (681.420(a)(4): "recent", as the state sets it)
     */
    public record StateView(
            String code,
            String name,
            Integer planReviewIntervalDays,
            Integer assessmentMaxAgeMonths,
            Integer strategyMaxAgeMonths,
            Integer compulsorySchoolAge,
            Boolean commonExit,
            Boolean plannedGapsAllowed,
            Boolean trainingRequiresSignedPlan,
            org.waypoint.persistence.reference.AdultFollowUp adultFollowUp,
            String timeZone,
            Long version)
            implements java.io.Serializable {

        static StateView of(StateProfile s) {
            return new StateView(
                    s.getCode(),
                    s.getName(),
                    s.getPlanReviewIntervalDays(),
                    s.getAssessmentMaxAgeMonths(),
                    s.getStrategyMaxAgeMonths(),
                    s.getCompulsorySchoolAge(),
                    s.isCommonExit(),
                    s.isPlannedGapsAllowed(),
                    s.isTrainingRequiresSignedPlan(),
                    s.getAdultFollowUp(),
                    s.getTimeZone(),
                    s.getVersion());
        }
    }

    @PermitAll
    public List<StateView> states() {
        return em.createNamedQuery(StateProfile.FIND_ALL, StateProfile.class)
                .getResultStream()
                .map(StateView::of)
                .toList();
    }

    /**
     * A state's settings ({@link StatePolicyInput}): the plan review interval, the age limits of an
     * objective assessment and of a reused youth strategy, and the compulsory school attendance age.
     * Two admins saving at once: the second is told who saved first.
     */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public StateView updatePlanPolicy(String code, StatePolicyInput input) {
        StateProfile state = code == null ? null : em.find(StateProfile.class, code);
        if (state == null) {
            throw new NotFoundException(Text.of("reference.noState", code));
        }
        if (input.version() != null && input.version() != state.getVersion()) {
            throw new ConcurrentChangeException(
                    Text.of("reference.theSettingsOf", state.getName()), audit.lastChangedBy("StateProfile", code));
        }
        Integer reviewIntervalDays = input.planReviewIntervalDays();
        Integer assessmentMaxAgeMonths = input.assessmentMaxAgeMonths();
        Integer strategyMaxAgeMonths = input.strategyMaxAgeMonths();
        Integer compulsorySchoolAge = input.compulsorySchoolAge();
        java.util.Map<String, Text> errors = new java.util.LinkedHashMap<>();
        if (reviewIntervalDays != null && (reviewIntervalDays < 1 || reviewIntervalDays > 365)) {
            errors.put("planReviewIntervalDays", Text.of("reference.policy.reviewInterval"));
        }
        if (assessmentMaxAgeMonths == null || assessmentMaxAgeMonths < 1 || assessmentMaxAgeMonths > 24) {
            errors.put("assessmentMaxAgeMonths", Text.of("reference.policy.assessmentMaxAge"));
        }
        if (strategyMaxAgeMonths != null && (strategyMaxAgeMonths < 1 || strategyMaxAgeMonths > 36)) {
            errors.put("strategyMaxAgeMonths", Text.of("reference.policy.strategyMaxAge"));
        }
        if (compulsorySchoolAge != null && (compulsorySchoolAge < 14 || compulsorySchoolAge > 21)) {
            errors.put("compulsorySchoolAge", Text.of("reference.policy.compulsorySchoolAge"));
        }
        if (input.timeZone() != null) {
            AgencyZone.problem(input.timeZone()).ifPresent(problem -> errors.put("timeZone", problem));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        if (input.timeZone() != null) {
            state.setTimeZone(input.timeZone().strip());
        }
        state.setPlanReviewIntervalDays(reviewIntervalDays);
        state.setAssessmentMaxAgeMonths(assessmentMaxAgeMonths);
        if (strategyMaxAgeMonths != null) {
            state.setStrategyMaxAgeMonths(strategyMaxAgeMonths);
        }
        if (compulsorySchoolAge != null) {
            state.setCompulsorySchoolAge(compulsorySchoolAge);
        }
        if (input.commonExit() != null) {
            state.setCommonExit(input.commonExit());
        }
        if (input.plannedGapsAllowed() != null) {
            state.setPlannedGapsAllowed(input.plannedGapsAllowed());
        }
        if (input.trainingRequiresSignedPlan() != null) {
            state.setTrainingRequiresSignedPlan(input.trainingRequiresSignedPlan());
        }
        if (input.adultFollowUp() != null) {
            state.setAdultFollowUp(input.adultFollowUp());
        }
        em.flush();
        return StateView.of(state);
    }

    @PermitAll
    public List<LwdaView> lwdas() {
        return em.createNamedQuery(Lwda.FIND_ALL, Lwda.class)
                .getResultStream()
                .map(LwdaView::of)
                .toList();
    }

    @PermitAll
    public LwdaView lwda(long id) {
        Lwda lwda = em.find(Lwda.class, id);
        if (lwda == null) {
            throw new NotFoundException(Text.of("reference.noLwda", id));
        }
        return LwdaView.of(lwda);
    }

    /** The counties (and so LWDAs) of a 5-digit ZIP code; empty when the ZIP is not in a served state. */
    @PermitAll
    public List<CountyArea> resolveZip(String zip) {
        if (zip == null || !zip.matches("\\d{5}")) {
            throw InvalidInputException.of("zip", Text.of("reference.zip"));
        }
        return em.createNamedQuery(County.FIND_BY_ZIP, County.class)
                .setParameter("zip", zip)
                .getResultStream()
                .map(CountyArea::of)
                .toList();
    }

    @PermitAll
    public List<CountyArea> counties(String stateCode) {
        return em.createNamedQuery(County.FIND_BY_STATE, County.class)
                .setParameter("state", stateCode)
                .getResultStream()
                .map(CountyArea::of)
                .toList();
    }

    /** Assigns a county to an LWDA of the same state (or to none). */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public CountyArea assignCounty(String fips, Long lwdaId) {
        County county = em.find(County.class, fips);
        if (county == null) {
            throw new NotFoundException(Text.of("reference.noCounty", fips));
        }
        Lwda lwda = lwdaId == null ? null : em.find(Lwda.class, lwdaId);
        if (lwdaId != null && lwda == null) {
            throw InvalidInputException.of("lwdaId", Text.of("reference.noLwda", lwdaId));
        }
        if (lwda != null && !lwda.getState().getCode().equals(county.getState().getCode())) {
            throw InvalidInputException.of(
                    "lwdaId",
                    Text.of(
                            "reference.countyNotInState",
                            county.getName(),
                            lwda.getState().getName()));
        }
        county.setLwda(lwda);
        return CountyArea.of(county);
    }

    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public LwdaView saveLwda(Long id, String stateCode, String code, String name, Long expectedVersion) {
        Lwda lwda;
        if (id == null) {
            StateProfile state = em.find(StateProfile.class, stateCode);
            if (state == null) {
                throw InvalidInputException.of("stateCode", Text.of("reference.chooseState"));
            }
            lwda = new Lwda(state, code, name);
            BeanValidation.requireValid(lwda);
            em.persist(lwda);
        } else {
            lwda = em.find(Lwda.class, id);
            if (lwda == null) {
                throw new NotFoundException(Text.of("reference.noLwda", id));
            }
            if (expectedVersion != null && expectedVersion != lwda.getVersion()) {
                throw new org.waypoint.service.common.ConcurrentChangeException(Text.of("reference.thisLwda"), null);
            }
            lwda.setCode(code);
            lwda.setName(name);
            BeanValidation.requireValid(lwda);
        }
        em.flush(); // the answer carries the version written, for the next edit
        return LwdaView.of(lwda);
    }

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<OfficeView> offices(Long lwdaId) {
        var query = lwdaId == null
                ? em.createNamedQuery(Office.FIND_ALL, Office.class)
                : em.createNamedQuery(Office.FIND_BY_LWDA, Office.class).setParameter("lwdaId", lwdaId);
        return query.getResultStream().map(OfficeView::of).toList();
    }

    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public OfficeView addOffice(Long lwdaId, String name, String street, String city, String zip, String phone) {
        return addOffice(lwdaId, name, street, city, zip, phone, null);
    }

    /** An office with its own time zone ({@code timeZone} null or blank: the state's). */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public OfficeView addOffice(
            Long lwdaId, String name, String street, String city, String zip, String phone, String timeZone) {
        String zone = timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
        if (zone != null) {
            AgencyZone.problem(zone).ifPresent(problem -> {
                throw InvalidInputException.of("timeZone", problem);
            });
        }
        if (lwdaId == null) {
            throw InvalidInputException.of("lwdaId", Text.of("reference.office.chooseLwda"));
        }
        callers.requireWrite(lwdaId);
        Lwda lwda = em.find(Lwda.class, lwdaId);
        if (lwda == null) {
            throw InvalidInputException.of("lwdaId", Text.of("reference.chooseLwda"));
        }
        Office office = new Office(lwda, name, street, city, zip, phone);
        office.setTimeZone(zone);
        BeanValidation.requireValid(office);
        em.persist(office);
        return OfficeView.of(office);
    }
}
