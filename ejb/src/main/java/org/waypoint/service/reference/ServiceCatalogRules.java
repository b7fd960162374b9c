package org.waypoint.service.reference;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;

/**
 * What a service code may say, given its category: the federal rules a state's catalog cannot
 * bend. Everything else on a code (which programs fund it, which PIRL dates it feeds) is the
 * state's data. Plain Java, so each rule is tested on its own; the service runs it with Bean
 * Validation and answers all the fields at once.
 */
final class ServiceCatalogRules {

    /** At most this many PIRL elements per code: they fit the column (ServiceCode.PIRL_LENGTH). */
    static final int MAX_PIRL_ELEMENTS = 10;

    /** The number of the youth program element that is follow-up services (20 CFR 681.460(a)(9)). */
    static final int FOLLOW_UP_ELEMENT = 9;

    private static final Set<Program> YOUTH = EnumSet.of(Program.YOUTH_IN_SCHOOL, Program.YOUTH_OUT_OF_SCHOOL);

    private ServiceCatalogRules() {}

    /** The rule each field breaks, by field name; empty when the code is consistent. */
    static Map<String, String> check(ServiceCodeInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        ServiceCategory category = input.category();
        Set<Program> programs = input.programs() == null ? Set.of() : input.programs();
        if (category == ServiceCategory.SELF_SERVICE_INFORMATION) {
            if (input.participationLevel()) {
                errors.put(
                        "participationLevel",
                        "Self-service and information-only services do not make a participant (20 CFR 677.150(a)(3)).");
            }
            if (input.keepsExitClock()) {
                errors.put(
                        "keepsExitClock",
                        "Self-service and information-only services are not services for exit (20 CFR 677.150(c)(1)(i)).");
            }
        }
        if (category == ServiceCategory.FOLLOW_UP) {
            if (input.participationLevel()) {
                errors.put(
                        "participationLevel",
                        "Follow-up services come after exit: they do not make a participant (20 CFR 678.430(c)).");
            }
            if (input.keepsExitClock()) {
                errors.put("keepsExitClock", "Follow-up services are not services for exit (20 CFR 677.150(c)(1)(i)).");
            }
        }
        if (input.keepsExitClock() && !input.participationLevel() && !errors.containsKey("keepsExitClock")) {
            errors.put(
                    "keepsExitClock",
                    "Only a participation-level service keeps the exit clock running (20 CFR 677.150(c)(1)).");
        }
        youthElement(input, category, programs, errors);
        pirlElements(input.pirlElements(), errors);
        return errors;
    }

    private static void youthElement(
            ServiceCodeInput input, ServiceCategory category, Set<Program> programs, Map<String, String> errors) {
        Integer element = input.youthElement();
        if (category == ServiceCategory.YOUTH_ELEMENT && element == null) {
            errors.put("youthElement", "Choose which of the 14 youth program elements it is (20 CFR 681.460(a)).");
        }
        if (category == ServiceCategory.YOUTH_ELEMENT && !programs.isEmpty() && !YOUTH.containsAll(programs)) {
            errors.put(
                    "programs", "A youth program element is funded by the youth programs only (WIOA sec. 129(c)(2)).");
        }
        if (element == null) {
            return;
        }
        if (!programs.isEmpty() && programs.stream().noneMatch(YOUTH::contains)) {
            errors.putIfAbsent("youthElement", "Only a service the youth programs fund is a youth program element.");
        }
        if (element == FOLLOW_UP_ELEMENT && category != null && category != ServiceCategory.FOLLOW_UP) {
            errors.putIfAbsent(
                    "category",
                    "Youth element 9 is follow-up services (20 CFR 681.460(a)(9)): choose the category follow-up.");
        }
    }

    private static void pirlElements(List<Integer> elements, Map<String, String> errors) {
        if (elements == null || elements.isEmpty()) {
            return;
        }
        if (elements.size() > MAX_PIRL_ELEMENTS) {
            errors.put("pirlElements", "List at most " + MAX_PIRL_ELEMENTS + " PIRL elements.");
            return;
        }
        String unknown = elements.stream()
                .filter(n -> PirlServiceElement.of(n).isEmpty())
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            errors.put(
                    "pirlElements",
                    unknown + (unknown.contains(",") ? " are not PIRL elements" : " is not a PIRL element")
                            + " a service feeds (PIRL layout PY2022 Q4): for example 1200, 1302, 1409.");
        }
    }
}
