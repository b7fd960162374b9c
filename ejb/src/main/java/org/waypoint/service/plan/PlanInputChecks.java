package org.waypoint.service.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanContent.YouthStrategy;

/**
 * What a saved plan may never hold, whatever its state of completion: a youth program element that
 * is not one of the 14 of 20 CFR 681.460(a), and a reused service strategy dated in the future
 * (681.420(a)(4) asks for a recent one); a schedule row that cannot become a service record (a
 * coded row without its program, a planned end before the start, a negative cost or one past the
 * record's column, a key used twice). Refused with the field named, nothing saved.
 */
final class PlanInputChecks {

    /** The service record's plan item key column. */
    static final int KEY_LENGTH = 40;

    /** plan_version.content: the whole document as JSON (V8). */
    static final int CONTENT_LENGTH = 1_000_000;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1," + KEY_LENGTH + "}");
    private static final int PROVIDER_LENGTH = 200;
    private static final int FUNDING_SOURCE_LENGTH = 120;
    private static final int COST_DIGITS = 10;

    private PlanInputChecks() {}

    static void requireValid(PlanContent content, LocalDate today) {
        Map<String, Text> errors = new LinkedHashMap<>();
        YouthStrategy youth = content.youth();
        if (youth != null) {
            List<Integer> unknown = youth.programElements().stream()
                    .filter(n -> YouthProgramElement.of(n).isEmpty())
                    .toList();
            if (!unknown.isEmpty()) {
                errors.put("youth.programElements", Text.of("plan.input.programElements", unknown));
            }
            if (youth.reuse() != null
                    && youth.reuse().developedOn() != null
                    && youth.reuse().developedOn().isAfter(today)) {
                errors.put("youth.reuse.developedOn", Text.of("plan.input.reuseFuture"));
            }
        }
        List<PlannedService> services = content.services();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            PlannedService service = services.get(i);
            Integer element = service.programElement();
            if (element != null && YouthProgramElement.of(element).isEmpty()) {
                errors.put("services[" + i + "].programElement", Text.of("plan.input.programElement", i + 1, element));
            }
            if (service.key() != null && (!KEY.matcher(service.key()).matches() || !keys.add(service.key()))) {
                errors.put("services[" + i + "].key", Text.of("plan.input.key", i + 1, KEY_LENGTH));
            }
            requireValidRow(errors, i, service);
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
    }

    /** A row as its service record's columns hold it (service_record in V16). */
    private static void requireValidRow(Map<String, Text> errors, int i, PlannedService service) {
        String row = "services[" + i + "].";
        int name = i + 1;
        if (service.serviceCodeId() != null && service.program() == null) {
            errors.put(row + "program", Text.of("plan.input.program", name));
        }
        if (service.plannedStart() != null
                && service.plannedEnd() != null
                && service.plannedEnd().isBefore(service.plannedStart())) {
            errors.put(row + "plannedEnd", Text.of("plan.input.plannedEnd", name));
        }
        BigDecimal cost = service.plannedCost();
        if (cost != null && (cost.signum() < 0 || cost.scale() > 2 || cost.precision() - cost.scale() > COST_DIGITS)) {
            errors.put(row + "plannedCost", Text.of("plan.input.plannedCost", name));
        }
        if (service.provider() != null && service.provider().strip().length() > PROVIDER_LENGTH) {
            errors.put(row + "provider", Text.of("plan.input.provider", name, PROVIDER_LENGTH));
        }
        if (service.serviceCodeId() != null && !service.wioaFunded()) {
            String source = service.fundingSource() == null
                    ? ""
                    : service.fundingSource().strip();
            if (source.isEmpty() || source.length() > FUNDING_SOURCE_LENGTH) {
                errors.put(row + "fundingSource", Text.of("plan.input.fundingSource", name, FUNDING_SOURCE_LENGTH));
            }
        }
    }
}
