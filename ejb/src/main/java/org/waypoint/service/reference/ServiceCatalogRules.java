package org.waypoint.service.reference;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.service.common.Text;

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
        Map<String, String> english = new LinkedHashMap<>();
        texts(input).forEach((field, text) -> english.put(field, text.english()));
        return english;
    }

    /** The rule each field breaks, as texts in the reader's language. */
    static Map<String, Text> texts(ServiceCodeInput input) {
        Map<String, Text> errors = new LinkedHashMap<>();
        ServiceCategory category = input.category();
        Set<Program> programs = input.programs() == null ? Set.of() : input.programs();
        if (category == ServiceCategory.SELF_SERVICE_INFORMATION) {
            if (input.participationLevel()) {
                errors.put("participationLevel", Text.of("reference.rules.selfServiceParticipation"));
            }
            if (input.keepsExitClock()) {
                errors.put("keepsExitClock", Text.of("reference.rules.selfServiceExit"));
            }
        }
        if (category == ServiceCategory.FOLLOW_UP) {
            if (input.participationLevel()) {
                errors.put("participationLevel", Text.of("reference.rules.followUpParticipation"));
            }
            if (input.keepsExitClock()) {
                errors.put("keepsExitClock", Text.of("reference.rules.followUpExit"));
            }
        }
        if (input.keepsExitClock() && !input.participationLevel() && !errors.containsKey("keepsExitClock")) {
            errors.put("keepsExitClock", Text.of("reference.rules.exitClock"));
        }
        youthElement(input, category, programs, errors);
        pirlElements(input.pirlElements(), errors);
        return errors;
    }

    private static void youthElement(
            ServiceCodeInput input, ServiceCategory category, Set<Program> programs, Map<String, Text> errors) {
        Integer element = input.youthElement();
        if (category == ServiceCategory.YOUTH_ELEMENT && element == null) {
            errors.put("youthElement", Text.of("reference.rules.youthElement"));
        }
        if (category == ServiceCategory.YOUTH_ELEMENT && !programs.isEmpty() && !YOUTH.containsAll(programs)) {
            errors.put("programs", Text.of("reference.rules.youthFunding"));
        }
        if (element == null) {
            return;
        }
        if (!programs.isEmpty() && programs.stream().noneMatch(YOUTH::contains)) {
            errors.putIfAbsent("youthElement", Text.of("reference.rules.youthOnly"));
        }
        if (element == FOLLOW_UP_ELEMENT && category != null && category != ServiceCategory.FOLLOW_UP) {
            errors.putIfAbsent("category", Text.of("reference.rules.element9"));
        }
    }

    private static void pirlElements(List<Integer> elements, Map<String, Text> errors) {
        if (elements == null || elements.isEmpty()) {
            return;
        }
        if (elements.size() > MAX_PIRL_ELEMENTS) {
            errors.put("pirlElements", Text.of("reference.rules.pirlMax", MAX_PIRL_ELEMENTS));
            return;
        }
        String unknown = elements.stream()
                .filter(n -> PirlServiceElement.of(n).isEmpty())
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        if (!unknown.isEmpty()) {
            errors.put(
                    "pirlElements",
                    Text.of(
                            unknown.contains(",")
                                    ? "reference.rules.notPirlElements"
                                    : "reference.rules.notPirlElement",
                            unknown));
        }
    }
}
