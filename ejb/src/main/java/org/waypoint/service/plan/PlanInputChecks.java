package org.waypoint.service.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanContent.YouthStrategy;

/**
 * What a saved plan may never hold, whatever its state of completion: a youth program element that
 * is not one of the 14 of 20 CFR 681.460(a), and a reused service strategy dated in the future
 * (681.420(a)(4) asks for a recent one). Refused with the field named, nothing saved.
 */
final class PlanInputChecks {

    private PlanInputChecks() {}

    static void requireValid(PlanContent content, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        YouthStrategy youth = content.youth();
        if (youth != null) {
            List<Integer> unknown = youth.programElements().stream()
                    .filter(n -> YouthProgramElement.of(n).isEmpty())
                    .toList();
            if (!unknown.isEmpty()) {
                errors.put(
                        "youth.programElements",
                        "The youth program elements are numbered 1 to 14 (20 CFR 681.460(a)); " + unknown
                                + " is not one of them.");
            }
            if (youth.reuse() != null
                    && youth.reuse().developedOn() != null
                    && youth.reuse().developedOn().isAfter(today)) {
                errors.put(
                        "youth.reuse.developedOn",
                        "The reused service strategy cannot be dated in the future (20 CFR 681.420(a)(4)).");
            }
        }
        List<PlannedService> services = content.services();
        for (int i = 0; i < services.size(); i++) {
            Integer element = services.get(i).programElement();
            if (element != null && YouthProgramElement.of(element).isEmpty()) {
                errors.put(
                        "services[" + i + "].programElement",
                        "Service " + (i + 1) + ": youth program element " + element
                                + " does not exist; the elements are numbered 1 to 14 (20 CFR 681.460(a)).");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
