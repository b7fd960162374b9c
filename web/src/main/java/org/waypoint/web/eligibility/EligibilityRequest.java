package org.waypoint.web.eligibility;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.persistence.eligibility.FactSource;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.eligibility.EligibilityFacts;
import org.waypoint.service.eligibility.Program;
import org.waypoint.web.api.JsonScalars;
import org.waypoint.web.api.RecordBodies;

/**
 * The JSON of POST /eligibility/evaluate and POST /participants/{id}/eligibility: {@code program},
 * {@code state}, {@code sources} (for a saved determination: fact name to source type) and the
 * facts by the component names of {@link EligibilityFacts}, read into that record itself, so a fact
 * the rules gain is a fact the API accepts. {@code asOf} defaults to today; {@code barriers} is the
 * older name of {@code youthBarriers}, still read.
 */
final class EligibilityRequest {

    private static final String OLD_BARRIERS = "barriers";

    private EligibilityRequest() {}

    static JsonObject require(JsonObject body) {
        if (body == null) {
            throw InvalidInputException.of("program", "Send the program and the facts as JSON.");
        }
        return body;
    }

    /** The program, or a 400 naming it when missing or unknown. */
    static Program program(JsonObject body) {
        Map<String, String> errors = new LinkedHashMap<>();
        Program parsed = JsonScalars.code(errors, "program", body.get("program"), Program.class);
        if (parsed == null && errors.isEmpty()) {
            errors.put(
                    "program", "Choose the program: ADULT, DISLOCATED_WORKER, YOUTH_IN_SCHOOL or YOUTH_OUT_OF_SCHOOL.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parsed;
    }

    /**
     * The state asked about (two letters; null: the caller's own). Whether it is a state Waypoint
     * knows is the service's check; a value that cannot be a state code is refused here, before it
     * reaches a query (the probe sent 1 MB and emoji).
     */
    static String state(JsonObject body) {
        Map<String, String> errors = new LinkedHashMap<>();
        String state = JsonScalars.text(errors, "state", body.get("state"));
        if (state != null && !state.isBlank() && !state.strip().matches("[A-Za-z]{2}")) {
            errors.put("state", "Use the state's two-letter code, such as KY.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return state;
    }

    static EligibilityFacts facts(JsonObject body) {
        JsonObjectBuilder facts = Json.createObjectBuilder(body);
        if (!body.containsKey("asOf") || body.isNull("asOf")) {
            facts.add("asOf", LocalDate.now().toString());
        }
        if (body.containsKey(OLD_BARRIERS) && !body.containsKey("youthBarriers")) {
            facts.add("youthBarriers", body.get(OLD_BARRIERS));
        }
        return RecordBodies.read(facts.build(), EligibilityFacts.class);
    }

    static Map<String, FactSource> sources(JsonObject body) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, FactSource> result = new LinkedHashMap<>();
        JsonValue sources = body.get("sources");
        if (sources instanceof JsonObject byFact) {
            byFact.forEach((fact, source) -> {
                FactSource parsed = JsonScalars.code(errors, "sources." + fact, source, FactSource.class);
                if (parsed != null) {
                    result.put(fact, parsed);
                }
            });
        } else if (sources != null && sources.getValueType() != JsonValue.ValueType.NULL) {
            errors.put("sources", "Send the source of each fact as an object: fact name to source type.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result;
    }
}
