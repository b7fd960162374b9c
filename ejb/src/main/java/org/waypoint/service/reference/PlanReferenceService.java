package org.waypoint.service.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waypoint.persistence.reference.IndustrySector;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.reference.TrainingProgram;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * What a plan picks from, and its upkeep: the target industry sectors of the state plan and of each
 * local or regional plan (Kentucky 24-003 section B), the state's Eligible Training Provider List,
 * and each LWDA's Individual Training Account cap. Every staff role reads them; a state admin keeps
 * the state plan's sectors, the list and every cap, an LWDA admin their own LWDA's sectors and cap.
 * Nothing is deleted (a plan may cite it): entries are deactivated. Each change is one transaction,
 * audited through the entities, and refused when someone saved the record since it was loaded.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class PlanReferenceService {

    /** At most this many programs per search: a plan picks one, a page shows a page of them. */
    static final int MAX_PROGRAMS = 500;

    private static final Comparator<SectorView> STATE_PLAN_FIRST =
            Comparator.comparing(SectorView::local).thenComparing(SectorView::name, String.CASE_INSENSITIVE_ORDER);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    /**
     * The active sectors a plan in this LWDA aligns with: the state plan's, then the LWDA's own
     * ({@link SectorView#local()}). A local sector named like one of the state plan's is shown once.
     */
    public List<SectorView> sectors(long lwdaId) {
        Lwda lwda = lwda(lwdaId);
        List<SectorView> all = em.createNamedQuery(IndustrySector.FIND_FOR_LWDA, IndustrySector.class)
                .setParameter("state", lwda.getState().getCode())
                .setParameter("lwdaId", lwdaId)
                .getResultStream()
                .map(SectorView::of)
                .sorted(STATE_PLAN_FIRST)
                .toList();
        Set<String> stateWide = new HashSet<>();
        List<SectorView> shown = new ArrayList<>();
        for (SectorView sector : all) {
            if (!sector.local()) {
                stateWide.add(key(sector.name()));
                shown.add(sector);
            } else if (!stateWide.contains(key(sector.name()))) {
                shown.add(sector);
            }
        }
        return shown;
    }

    /** The state plan's active sectors. */
    public List<SectorView> stateSectors(String stateCode) {
        return em.createNamedQuery(IndustrySector.FIND_STATE_WIDE, IndustrySector.class)
                .setParameter("state", state(stateCode, "state").getCode())
                .getResultStream()
                .filter(IndustrySector::isActive)
                .map(SectorView::of)
                .toList();
    }

    /** Every sector of one plan, deactivated ones included: the state plan's (lwdaId null) or an LWDA's. */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public List<SectorView> maintainedSectors(String stateCode, Long lwdaId) {
        if (lwdaId == null) {
            return em.createNamedQuery(IndustrySector.FIND_STATE_WIDE, IndustrySector.class)
                    .setParameter("state", state(stateCode, "state").getCode())
                    .getResultStream()
                    .map(SectorView::of)
                    .toList();
        }
        callers.requireRead(lwda(lwdaId).getId());
        return em.createNamedQuery(IndustrySector.FIND_LOCAL, IndustrySector.class)
                .setParameter("lwdaId", lwdaId)
                .getResultStream()
                .map(SectorView::of)
                .toList();
    }

    public SectorView sector(long id) {
        return SectorView.of(sectorEntity(id));
    }

    /**
     * Adds a sector ({@code id} null) or changes its name, description or whether it is active.
     *
     * @throws InvalidInputException naming the field: name missing or already used in the plan(s) it shows beside
     * @throws AccessDeniedException for an LWDA admin and the state plan or another LWDA
     * @throws ConcurrentChangeException when it was saved since {@code versionLock}
     */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public SectorView saveSector(Long id, Long versionLock, SectorInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        if (input == null) {
            throw InvalidInputException.of("name", Text.of("reference.sector.send"));
        }
        IndustrySector existing = id == null ? null : sectorEntity(id);
        Lwda lwda = existing != null ? existing.getLwda() : input.lwdaId() == null ? null : lwdaOf(input);
        StateProfile state = existing != null
                ? existing.getState()
                : lwda != null ? lwda.getState() : state(input.stateCode(), "stateCode");
        if (lwda != null && existing == null && !sameState(input.stateCode(), state)) {
            throw InvalidInputException.of(
                    "lwdaId", Text.of("reference.lwdaNotInState", lwda.getName(), input.stateCode()));
        }
        requireMayMaintain(lwda);
        if (existing != null) {
            requireVersion(versionLock, existing.getVersion(), Text.of("reference.thisSector"), "IndustrySector", id);
        }
        IndustrySector candidate =
                new IndustrySector(state, lwda, Texts.trimmed(input.name()), Texts.trimmed(input.description()));
        BeanValidation.requireValid(candidate);
        requireUniqueName(candidate, id);
        IndustrySector sector = existing == null ? candidate : existing;
        sector.setName(candidate.getName());
        sector.setDescription(candidate.getDescription());
        if (input.active() != null) {
            sector.setActive(input.active());
        }
        if (existing == null) {
            em.persist(sector);
        }
        em.flush(); // the answer carries the version written, for the next change
        return SectorView.of(sector);
    }

    /** Takes a sector off the lists plans pick from; plans that name it keep it. */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public SectorView deactivateSector(long id, long versionLock) {
        IndustrySector sector = sectorEntity(id);
        requireMayMaintain(sector.getLwda());
        requireVersion(versionLock, sector.getVersion(), Text.of("reference.thisSector"), "IndustrySector", id);
        sector.setActive(false);
        em.flush();
        return SectorView.of(sector);
    }

    /**
     * The state's active programs whose provider, program name or CIP code contains {@code query}
     * (any case; all of them when it is empty), by provider and program, at most {@value #MAX_PROGRAMS}.
     * Without a state, the caller's own (for staff of an LWDA).
     */
    public List<TrainingProgramView> trainingPrograms(String state, String query) {
        return searchPrograms(TrainingProgram.SEARCH_ACTIVE, state, query);
    }

    /** As {@link #trainingPrograms}, deactivated programs included (last), for the admin page. */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public List<TrainingProgramView> maintainedTrainingPrograms(String state, String query) {
        return searchPrograms(TrainingProgram.SEARCH_ALL, state, query);
    }

    /** One program, also when deactivated (a plan may cite it). */
    public TrainingProgramView trainingProgram(long id) {
        return TrainingProgramView.of(programEntity(id));
    }

    /**
     * Adds a program to the state's list ({@code id} null) or changes it.
     *
     * @throws InvalidInputException naming each field that is wrong (cipCode as NN.NNNN, cost of $0 or
     *     more, ...) or the program when the provider already lists it at that location
     * @throws ConcurrentChangeException when it was saved since {@code versionLock}
     */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public TrainingProgramView saveTrainingProgram(Long id, Long versionLock, TrainingProgramInput input) {
        if (input == null) {
            throw InvalidInputException.of("program", Text.of("reference.program.send"));
        }
        TrainingProgram existing = id == null ? null : programEntity(id);
        if (existing != null) {
            requireVersion(versionLock, existing.getVersion(), Text.of("reference.thisProgram"), "TrainingProgram", id);
        }
        StateProfile state = existing != null ? existing.getState() : state(input.stateCode(), "stateCode");
        TrainingProgram candidate = new TrainingProgram(state);
        TrainingPrograms.copy(input, candidate);
        // the columns' limits and the program's own rules in one answer, before any query (issue 18)
        BeanValidation.requireAllValid(input, candidate);
        long same = em.createNamedQuery(TrainingProgram.COUNT_SAME, Long.class)
                .setParameter("state", state.getCode())
                .setParameter("provider", key(candidate.getProvider()))
                .setParameter("program", key(candidate.getProgram()))
                .setParameter("location", candidate.getLocation() == null ? "" : key(candidate.getLocation()))
                .setParameter("id", id == null ? -1L : id)
                .getSingleResult();
        if (same > 0) {
            throw InvalidInputException.of(
                    "program",
                    candidate.getLocation() == null
                            ? Text.of("reference.program.duplicate", candidate.getProvider(), candidate.getProgram())
                            : Text.of(
                                    "reference.program.duplicateAt",
                                    candidate.getProvider(),
                                    candidate.getProgram(),
                                    candidate.getLocation()));
        }
        TrainingProgram program = existing == null ? candidate : existing;
        if (existing != null) {
            TrainingPrograms.copy(input, existing);
        }
        if (input.active() != null) {
            program.setActive(input.active());
        }
        if (existing == null) {
            em.persist(program);
        }
        em.flush();
        return TrainingProgramView.of(program);
    }

    /** Takes a program off the list plans pick from; plans that chose it keep it. */
    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public TrainingProgramView deactivateTrainingProgram(long id, long versionLock) {
        TrainingProgram program = programEntity(id);
        requireVersion(versionLock, program.getVersion(), Text.of("reference.thisProgram"), "TrainingProgram", id);
        program.setActive(false);
        em.flush();
        return TrainingProgramView.of(program);
    }

    /** The LWDA's Individual Training Account cap in dollars, or null where its board sets none. */
    public BigDecimal itaLimit(long lwdaId) {
        return lwda(lwdaId).getItaLimit();
    }

    /** The cap with what changing it needs (the LWDA's version). */
    public ItaLimitView itaLimitView(long lwdaId) {
        return ItaLimitView.of(lwda(lwdaId));
    }

    /** Every LWDA of a state with its cap, by name. */
    public List<ItaLimitView> itaLimits(String stateCode) {
        String code = state(stateCode, "state").getCode();
        return em.createNamedQuery(Lwda.FIND_ALL, Lwda.class)
                .getResultStream()
                .filter(l -> l.getState().getCode().equals(code))
                .map(ItaLimitView::of)
                .toList();
    }

    /**
     * Sets (or, with null, removes) an LWDA's cap: a state admin for any LWDA, an LWDA admin for
     * their own.
     */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public ItaLimitView setItaLimit(long lwdaId, Long versionLock, BigDecimal limit) {
        Lwda lwda = lwda(lwdaId);
        callers.requireWrite(lwdaId);
        requireVersion(versionLock, lwda.getVersion(), Text.of("reference.itaLimitOf", lwda.getName()), "Lwda", lwdaId);
        BeanValidation.requireValidValue(Lwda.class, "itaLimit", limit);
        lwda.setItaLimit(limit);
        em.flush();
        return ItaLimitView.of(lwda);
    }

    /** The state plan is the state admin's; an LWDA's plan its own admin's too. */
    private void requireMayMaintain(Lwda lwda) {
        if (lwda != null) {
            callers.requireWrite(lwda.getId());
            return;
        }
        StaffPrincipal caller = callers.current();
        if (caller.role() != Role.STATE_ADMIN) {
            throw new AccessDeniedException(Text.of("reference.sector.statePlanOnly"));
        }
    }

    private void requireVersion(Long versionLock, long current, Text what, String entityType, Object id) {
        if (versionLock == null) {
            throw InvalidInputException.of("versionLock", Text.of("reference.versionLock.record"));
        }
        if (versionLock != current) {
            throw new ConcurrentChangeException(what, audit.lastChangedBy(entityType, String.valueOf(id)));
        }
    }

    /** A name is used once among the sectors a plan sees together: the state plan's and the LWDA's. */
    private void requireUniqueName(IndustrySector candidate, Long id) {
        Lwda lwda = candidate.getLwda();
        List<IndustrySector> same = em.createNamedQuery(IndustrySector.FIND_SAME_NAME, IndustrySector.class)
                .setParameter("state", candidate.getState().getCode())
                .setParameter("name", key(candidate.getName()))
                .setParameter("lwdaId", lwda == null ? -1L : lwda.getId())
                .setParameter("id", id == null ? -1L : id)
                .getResultList();
        if (!same.isEmpty()) {
            IndustrySector other = same.get(0);
            Text where = other.isLocal()
                    ? Text.of("reference.sector.localPlan", other.getLwda().getName())
                    : Text.of("reference.sector.statePlan", other.getState().getName());
            throw InvalidInputException.of(
                    "name",
                    Text.of(
                            other.isActive() ? "reference.sector.duplicate" : "reference.sector.duplicateInactive",
                            other.getName(),
                            where));
        }
    }

    private List<TrainingProgramView> searchPrograms(String queryName, String state, String query) {
        String code = state == null || state.isBlank() ? callers.current().stateCode() : state;
        return em.createNamedQuery(queryName, TrainingProgram.class)
                .setParameter("state", state(code, "state").getCode())
                .setParameter("text", Texts.containsPattern(query))
                .setMaxResults(MAX_PROGRAMS)
                .getResultStream()
                .map(TrainingProgramView::of)
                .toList();
    }

    private static boolean sameState(String stateCode, StateProfile state) {
        return stateCode == null || stateCode.isBlank() || stateCode.strip().equalsIgnoreCase(state.getCode());
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private StateProfile state(String code, String field) {
        StateProfile state = code == null || code.isBlank()
                ? null
                : em.find(StateProfile.class, code.strip().toUpperCase(Locale.ROOT));
        if (state == null) {
            throw InvalidInputException.of(field, Text.of("reference.chooseServedState"));
        }
        return state;
    }

    private Lwda lwda(long id) {
        Lwda lwda = em.find(Lwda.class, id);
        if (lwda == null) {
            throw new NotFoundException(Text.of("reference.noLwda", id));
        }
        return lwda;
    }

    private Lwda lwdaOf(SectorInput input) {
        Lwda lwda = em.find(Lwda.class, input.lwdaId());
        if (lwda == null) {
            throw InvalidInputException.of("lwdaId", Text.of("reference.noLwda", input.lwdaId()));
        }
        return lwda;
    }

    private IndustrySector sectorEntity(long id) {
        return NotFoundException.unlessNull(em.find(IndustrySector.class, id), Text.of("reference.noSector", id));
    }

    private TrainingProgram programEntity(long id) {
        return NotFoundException.unlessNull(em.find(TrainingProgram.class, id), Text.of("reference.noProgram", id));
    }
}
