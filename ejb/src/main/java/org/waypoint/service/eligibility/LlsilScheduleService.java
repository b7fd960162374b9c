package org.waypoint.service.eligibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.eligibility.LlsilSchedule;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.InvalidInputException;

/**
 * The regional 70% LLSIL tables a state enters from DOL's yearly LLSIL notice (WIOA sec.
 * 3(36)(A)(ii)). Waypoint ships none: the figures are the state's to enter, by region, each in force
 * from its date; a local area names the region it reads ({@code Lwda.llsilRegion}).
 */
@Stateless
public class LlsilScheduleService {

    @PersistenceContext
    private EntityManager em;

    /** One region's table as the API shows and takes it. */
    public record LlsilTable(
            String stateCode,
            String region,
            LocalDate effectiveDate,
            List<BigDecimal> llsil70Percent,
            BigDecimal llsil70PercentIncrement,
            String source)
            implements Serializable {}

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<LlsilTable> tables(String stateCode) {
        return em.createNamedQuery(LlsilSchedule.FIND_BY_STATE, LlsilSchedule.class)
                .setParameter("state", stateCode)
                .getResultStream()
                .map(t -> new LlsilTable(
                        t.getState().getCode(),
                        t.getRegion(),
                        t.getEffectiveDate(),
                        t.getAmounts(),
                        t.getIncrement(),
                        t.getSource()))
                .toList();
    }

    @RolesAllowed(Role.STATE_ADMIN_NAME)
    public LlsilTable add(LlsilTable input) {
        Map<String, String> errors = new LinkedHashMap<>();
        StateProfile state = input.stateCode() == null ? null : em.find(StateProfile.class, input.stateCode());
        if (state == null) {
            errors.put("stateCode", "Choose the state.");
        }
        if (input.region() == null
                || input.region().isBlank()
                || input.region().strip().length() > 60) {
            errors.put("region", "Name the LLSIL region (at most 60 characters), as the local areas name it.");
        }
        if (input.effectiveDate() == null) {
            errors.put("effectiveDate", "Enter the date the table takes effect.");
        }
        if (input.source() == null || input.source().isBlank() || input.source().length() > 300) {
            errors.put("source", "Name the publication the amounts come from (at most 300 characters).");
        }
        try {
            new IncomeThresholds.LlsilSchedule(
                    input.effectiveDate() == null ? LocalDate.now() : input.effectiveDate(),
                    input.llsil70Percent(),
                    input.llsil70PercentIncrement());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put("llsil70Percent", e.getMessage() == null ? "Enter the amounts." : e.getMessage());
        }
        if (errors.isEmpty()
                && tables(input.stateCode()).stream()
                        .anyMatch(t -> t.region().equals(input.region().strip())
                                && t.effectiveDate().equals(input.effectiveDate()))) {
            errors.put("effectiveDate", "A table for this region with this date already exists.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.persist(new LlsilSchedule(
                state,
                input.region().strip(),
                input.effectiveDate(),
                input.llsil70Percent(),
                input.llsil70PercentIncrement(),
                input.source().strip()));
        em.flush();
        return input;
    }
}
