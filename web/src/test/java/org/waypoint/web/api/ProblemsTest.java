package org.waypoint.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 9457 problem details as the API sends them. */
class ProblemsTest {

    @Test
    void aProblemHasTypeTitleStatusAndDetail() {
        JsonObject problem = Problems.json(404, "Not Found", "No participant 7.", null);
        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getString("title")).isEqualTo("Not Found");
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("detail")).isEqualTo("No participant 7.");
        assertThat(problem.containsKey("errors")).isFalse();
    }

    @Test
    void aBadRequestListsEachFieldWithItsMessageInOrder() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("firstName", "Enter the first name.");
        errors.put("dateOfBirth", "The date of birth must be in the past.");
        JsonObject problem = Problems.json(400, "Bad Request", "Some fields are not valid.", errors);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field") + ": " + e.getString("message"))
                .containsExactly(
                        "firstName: Enter the first name.", "dateOfBirth: The date of birth must be in the past.");
    }
}
