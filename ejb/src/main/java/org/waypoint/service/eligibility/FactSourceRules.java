package org.waypoint.service.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.eligibility.FactSource;
import org.waypoint.service.common.Text;

/**
 * Which eligibility facts need their source recorded for a program, and which sources may stand for
 * them (DOL TEGL 23-19, Attachment II, the source documentation per data element). The case manager
 * chooses every source: none is assumed, because a defaulted "self-attestation" hid missing
 * documents from monitors (issue 19). A date of birth cannot rest on self-attestation alone: TEGL
 * 23-19 lists documents (birth certificate, driver's license, passport, DD-214, school records) and
 * cross-matches for it, not the participant's own word, and the states Waypoint serves follow that.
 */
public final class FactSourceRules {

    private static final String SOURCES = "sources.";

    private FactSourceRules() {}

    /** The facts whose source a determination for the program records, in the order the page asks. */
    public static List<String> factsFor(Program program) {
        List<String> facts = new ArrayList<>(List.of("dateOfBirth", "authorizedToWork", "selectiveService"));
        if (program == Program.DISLOCATED_WORKER) {
            facts.add("dislocation");
        } else if (program != null) {
            facts.add("lowIncome");
        }
        if (program == Program.YOUTH_IN_SCHOOL || program == Program.YOUTH_OUT_OF_SCHOOL) {
            facts.add("youthBarriers");
        }
        return List.copyOf(facts);
    }

    /** The fact as a sentence names it. */
    public static String label(String fact) {
        return labelText(fact).english();
    }

    /** The fact as a sentence names it, in the reader's language. */
    public static Text labelText(String fact) {
        return switch (fact) {
            case "dateOfBirth", "authorizedToWork", "selectiveService", "lowIncome", "dislocation", "youthBarriers" ->
                Explanations.text("source.fact." + fact);
            default -> Text.literal(fact);
        };
    }

    /**
     * Field errors ({@code sources.<fact>}) for a fact of the program without a source, a source for
     * a fact Waypoint does not know, and a date of birth only self-attested. Empty when all is well.
     */
    public static Map<String, String> check(Program program, Map<String, FactSource> sources) {
        Map<String, String> english = new LinkedHashMap<>();
        checkTexts(program, sources).forEach((field, text) -> english.put(field, text.english()));
        return english;
    }

    /** As {@link #check}, each error a text in either language. */
    public static Map<String, Text> checkTexts(Program program, Map<String, FactSource> sources) {
        Map<String, String> given = sources == null ? Map.of() : toNames(sources);
        Map<String, Text> errors = new LinkedHashMap<>();
        List<String> known = List.of(
                "dateOfBirth", "authorizedToWork", "selectiveService", "lowIncome", "dislocation", "youthBarriers");
        given.keySet().stream()
                .filter(fact -> !known.contains(fact))
                .forEach(fact -> errors.put(
                        SOURCES + fact,
                        Explanations.text("source.unknown", abbreviate(fact), String.join(", ", known))));
        for (String fact : factsFor(program)) {
            if (given.get(fact) == null) {
                errors.put(SOURCES + fact, Explanations.text("source.choose", labelText(fact)));
            }
        }
        if (FactSource.SELF_ATTESTATION.name().equals(given.get("dateOfBirth"))) {
            errors.put(SOURCES + "dateOfBirth", Explanations.text("source.dateOfBirthSelfAttested"));
        }
        return errors;
    }

    private static Map<String, String> toNames(Map<String, FactSource> sources) {
        Map<String, String> names = new LinkedHashMap<>();
        sources.forEach((fact, source) -> names.put(fact, source == null ? null : source.name()));
        return names;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
