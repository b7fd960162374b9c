package org.waypoint.service.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.eligibility.FactSource;

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
        return switch (fact) {
            case "dateOfBirth" -> "the date of birth";
            case "authorizedToWork" -> "the authorization to work";
            case "selectiveService" -> "the Selective Service registration";
            case "lowIncome" -> "the low income";
            case "dislocation" -> "the dislocation";
            case "youthBarriers" -> "the youth barriers";
            default -> fact;
        };
    }

    /**
     * Field errors ({@code sources.<fact>}) for a fact of the program without a source, a source for
     * a fact Waypoint does not know, and a date of birth only self-attested. Empty when all is well.
     */
    public static Map<String, String> check(Program program, Map<String, FactSource> sources) {
        Map<String, String> given = sources == null ? Map.of() : toNames(sources);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> known = List.of(
                "dateOfBirth", "authorizedToWork", "selectiveService", "lowIncome", "dislocation", "youthBarriers");
        given.keySet().stream()
                .filter(fact -> !known.contains(fact))
                .forEach(fact -> errors.put(
                        SOURCES + fact,
                        "Waypoint records no source for '" + abbreviate(fact) + "': use " + String.join(", ", known)
                                + "."));
        for (String fact : factsFor(program)) {
            if (given.get(fact) == null) {
                errors.put(SOURCES + fact, "Choose where " + label(fact) + " was verified (TEGL 23-19).");
            }
        }
        if (FactSource.SELF_ATTESTATION.name().equals(given.get("dateOfBirth"))) {
            errors.put(
                    SOURCES + "dateOfBirth",
                    "The date of birth cannot rest on self-attestation alone: use a document (birth certificate,"
                            + " driver's license, passport, DD-214, school record), a cross-match or a state MIS"
                            + " record (TEGL 23-19, Attachment II).");
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
