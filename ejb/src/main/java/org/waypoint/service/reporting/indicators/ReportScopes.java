package org.waypoint.service.reporting.indicators;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.AccessDeniedException;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Checks a {@link ReportRequest} where it enters and narrows it to the caller's reach: state admins
 * and monitors read every state and LWDA, LWDA admins their own LWDA, case managers their own
 * caseload. A malformed or future quarter, an unknown state, program or LWDA, or an LWDA outside the
 * state answers 400 naming the field; another LWDA or state than the caller's answers 403 naming it.
 */
@Stateless
@PermitAll
public class ReportScopes {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])", Pattern.CASE_INSENSITIVE);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    /** The checked scope as of today. */
    public ReportScope check(ReportRequest request) {
        return check(request, LocalDate.now());
    }

    public ReportScope check(ReportRequest request, LocalDate today) {
        StaffPrincipal caller = callers.current();
        Map<String, Text> errors = new LinkedHashMap<>();
        CalendarQuarter current = CalendarQuarter.of(today);
        CalendarQuarter quarter = current.plus(-1);
        if (request.quarter() != null) {
            quarter = parseQuarter(request.quarter());
            if (quarter == null) {
                errors.put("quarter", Text.of("reporting.quarter.format"));
            } else if (quarter.compareTo(current) > 0) {
                errors.put("quarter", Text.of("reporting.quarter.notBegun", ReportScope.code(quarter)));
            }
        }
        String state = null;
        if (request.state() != null) {
            state = request.state().toUpperCase(Locale.ROOT);
            if (!state.matches("[A-Z]{2}") || em.find(StateProfile.class, state) == null) {
                errors.put("state", Text.of("reporting.state.unknown", request.state()));
                state = null;
            }
        }
        ReportProgram program = null;
        if (request.program() != null) {
            program = ReportProgram.parse(request.program());
            if (program == null) {
                errors.put("program", Text.of("reporting.program.choose"));
            }
        }
        Lwda lwda = null;
        if (request.lwdaId() != null) {
            lwda = em.find(Lwda.class, request.lwdaId());
            if (lwda == null) {
                errors.put("lwdaId", Text.of("reporting.lwda.notFound", request.lwdaId()));
            } else if (state != null && !state.equals(lwda.getState().getCode())) {
                errors.put("lwdaId", Text.of("reporting.lwda.otherState", lwda.getName(), state));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        Long lwdaId = lwda == null ? null : lwda.getId();
        Long caseManagerId = null;
        if (caller.role().isBoundToLwda()) {
            if (state != null && !state.equals(caller.stateCode())) {
                throw new AccessDeniedException(Text.of("reporting.denied.state", caller.stateCode()));
            }
            if (lwdaId != null && !lwdaId.equals(caller.lwdaId())) {
                throw new AccessDeniedException(Text.of("reporting.denied.lwda", caller.lwdaName()));
            }
            state = caller.stateCode();
            lwdaId = caller.lwdaId();
            if (caller.role() == Role.CASE_MANAGER) {
                caseManagerId = caller.accountId();
            }
        }
        return new ReportScope(new IndicatorSql.Filter(state, lwdaId, program, caseManagerId), quarter);
    }

    /** 2026Q3 (also 2026-Q3, 2026 Q3, any letter case), or null when it is not one. */
    public static CalendarQuarter parseQuarter(String text) {
        Matcher m = QUARTER.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        return new CalendarQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
