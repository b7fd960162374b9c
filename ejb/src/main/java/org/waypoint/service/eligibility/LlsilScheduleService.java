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
import org.waypoint.service.common.Text;

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
        Map<String, Text> errors = new LinkedHashMap<>();
        StateProfile state = input.stateCode() == null ? null : em.find(StateProfile.class, input.stateCode());
        if (state == null) {
            errors.put("stateCode", Explanations.text("schedule.state"));
        }
        if (input.region() == null
                || input.region().isBlank()
                || input.region().strip().length() > 60) {
            errors.put("region", Explanations.text("llsil.region"));
        }
        if (input.effectiveDate() == null) {
            errors.put("effectiveDate", Explanations.text("llsil.effectiveDate"));
        }
        if (input.source() == null || input.source().isBlank() || input.source().length() > 300) {
            errors.put("source", Explanations.text("llsil.source"));
        }
        try {
            new IncomeThresholds.LlsilSchedule(
                    input.effectiveDate() == null ? LocalDate.now() : input.effectiveDate(),
                    input.llsil70Percent(),
                    input.llsil70PercentIncrement());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put(
                    "llsil70Percent",
                    e.getMessage() == null ? Explanations.text("schedule.amounts") : Text.literal(e.getMessage()));
        }
        if (errors.isEmpty()
                && tables(input.stateCode()).stream()
                        .anyMatch(t -> t.region().equals(input.region().strip())
                                && t.effectiveDate().equals(input.effectiveDate()))) {
            errors.put("effectiveDate", Explanations.text("llsil.exists"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
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
