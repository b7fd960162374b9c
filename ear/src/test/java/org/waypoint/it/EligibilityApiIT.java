package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;

/**
 * Eligibility through the API: evaluation without saving (pre-screening), bad input named by
 * field, and saved determinations that keep their history and stay within the LWDA.
 */
@ExtendWith(ArquillianExtension.class)
class EligibilityApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static final String ADULT_WOMAN =
            "{\"program\":\"ADULT\",\"asOf\":\"2026-11-22\",\"dateOfBirth\":\"1990-06-15\","
                    + "\"sex\":\"FEMALE\",\"authorizedToWork\":true,\"publicAssistance\":[\"SNAP\"],\"veteranOrEligibleSpouse\":true}";

    @Test
    void anEligibleAdultGetsEachCriterionWithItsReasonAndPriorityGroupOne() throws Exception {
        HttpResponse<String> response = Api.post("/eligibility/evaluate", "cm-bluegrass", ADULT_WOMAN);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject result = json(response);
        assertThat(result.getBoolean("eligible")).isTrue();
        assertThat(result.getInt("priorityOfServiceGroup"))
                .as("a veteran receiving SNAP")
                .isEqualTo(1);
        assertThat(result.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("code"))
                .contains("AGE", "AUTHORIZED_TO_WORK", "SELECTIVE_SERVICE");
        assertThat(result.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .allSatisfy(c -> assertThat(c.getString("explanation")).isNotBlank());
    }

    @Test
    void aPersonTheDayBeforeTheir18thBirthdayIsNotAnAdultAndTheReasonSaysSo() throws Exception {
        String body = ADULT_WOMAN.replace("1990-06-15", "2008-11-23");
        JsonObject result = json(Api.post("/eligibility/evaluate", "cm-bluegrass", body));
        assertThat(result.getBoolean("eligible")).isFalse();
        JsonObject age = result.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("AGE"))
                .findFirst()
                .orElseThrow();
        assertThat(age.getBoolean("met")).isFalse();
        assertThat(age.getString("explanation")).contains("17").contains("680.120");
    }

    @Test
    void unknownProgramFutureBirthDateAndMissingFactsAre400NamingTheFields() throws Exception {
        HttpResponse<String> unknown =
                Api.post("/eligibility/evaluate", "cm-bluegrass", ADULT_WOMAN.replace("ADULT", "RETIREE"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("program");

        String future = LocalDate.now().plusYears(1).toString();
        HttpResponse<String> born =
                Api.post("/eligibility/evaluate", "cm-bluegrass", ADULT_WOMAN.replace("1990-06-15", future));
        assertThat(born.statusCode()).isEqualTo(400);
        assertThat(fields(born)).contains("dateOfBirth");

        HttpResponse<String> missing = Api.post(
                "/eligibility/evaluate",
                "cm-bluegrass",
                "{\"program\":\"ADULT\",\"asOf\":\"2026-11-22\",\"sex\":\"MALE\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(fields(missing)).contains("dateOfBirth", "authorizedToWork");
    }

    @Test
    void aDeterminationIsSavedWithItsSourcesAndANewOneIsAddedBesideIt() throws Exception {
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Elle\",\"lastName\":\"Igible" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"1990-06-15\"}");
        long id = json(created).getJsonNumber("id").longValue();
        String determination = ADULT_WOMAN.replace(
                "}",
                ",\"sources\":{\"dateOfBirth\":\"SOURCE_DOCUMENT\"," + "\"authorizedToWork\":\"SELF_ATTESTATION\"}}");
        HttpResponse<String> first = Api.post("/participants/" + id + "/eligibility", "cm-bluegrass", determination);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(first).getJsonObject("sources").getString("authorizedToWork"))
                .isEqualTo("SELF_ATTESTATION");
        assertThat(json(first).getString("determinedBy")).isEqualTo("cm-bluegrass");

        HttpResponse<String> second = Api.post(
                "/participants/" + id + "/eligibility",
                "cm-bluegrass",
                determination.replace("\"authorizedToWork\":true", "\"authorizedToWork\":false"));
        assertThat(second.statusCode()).isEqualTo(201);
        JsonArray history = array(Api.get("/participants/" + id + "/eligibility", "cm-bluegrass"));
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).getBoolean("eligible"))
                .as("newest first")
                .isFalse();
        assertThat(history.getJsonObject(1).getBoolean("eligible"))
                .as("the first is kept as it was")
                .isTrue();

        assertThat(Api.get("/participants/" + id + "/eligibility", "cm-kentuckiana")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post("/participants/" + id + "/eligibility", "monitor", determination)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> badSource = Api.post(
                "/participants/" + id + "/eligibility",
                "cm-bluegrass",
                determination.replace("SELF_ATTESTATION", "RUMOUR"));
        assertThat(badSource.statusCode()).isEqualTo(400);
        assertThat(fields(badSource)).containsExactly("sources.authorizedToWork");
        assertThat(array(Api.get("/participants/" + id + "/eligibility", "cm-bluegrass")))
                .as("nothing saved")
                .hasSize(2);
    }

    @Test
    void aStateAdminAddsAYearsIncomeScheduleAndTheRulesUseIt() throws Exception {
        int year = 2100 + (int) (System.nanoTime() % 800);
        String schedule = "{\"stateCode\":\"GA\",\"effectiveDate\":\"" + year + "-01-15\","
                + "\"povertyGuidelines\":[20000,27000,34000,41000],\"povertyGuidelineIncrement\":7000,"
                + "\"llsil70Percent\":[21000,30000,39000,48000],\"llsil70PercentIncrement\":9000,"
                + "\"source\":\"Test schedule\"}";
        assertThat(Api.post("/eligibility/income-schedules", "cm-bluegrass", schedule)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> noSource = Api.post(
                "/eligibility/income-schedules",
                "state-admin",
                schedule.replace("\"source\":\"Test schedule\"", "\"source\":\"\""));
        assertThat(noSource.statusCode()).isEqualTo(400);
        assertThat(fields(noSource)).containsExactly("source");
        assertThat(Api.post("/eligibility/income-schedules", "state-admin", schedule)
                        .statusCode())
                .isEqualTo(201);
        assertThat(Api.post("/eligibility/income-schedules", "state-admin", schedule)
                        .statusCode())
                .as("one schedule per state and date")
                .isEqualTo(400);
        assertThat(array(Api.get("/eligibility/income-schedules?state=GA", "monitor"))
                        .getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("effectiveDate"))
                .contains(year + "-01-15");

        assertThat(array(Api.get("/eligibility/income-schedules?state=KY", "monitor"))
                        .getValuesAs(JsonObject.class))
                .as("the current year's HHS guidelines are seeded")
                .extracting(s -> s.getString("effectiveDate"))
                .contains("2025-01-15", "2026-01-13");

        String youth = "{\"program\":\"ADULT\",\"state\":\"GA\",\"asOf\":\"" + year + "-06-01\","
                + "\"dateOfBirth\":\"1990-01-01\",\"sex\":\"FEMALE\",\"authorizedToWork\":true,"
                + "\"familySize\":2,\"annualFamilyIncome\":29000}";
        JsonObject result = json(Api.post("/eligibility/evaluate", "state-admin", youth));
        assertThat(result.getInt("priorityOfServiceGroup"))
                .as("$29,000 for two is under 70% LLSIL ($30,000) though over HHS ($27,000): low-income, group 2")
                .isEqualTo(2);
    }

    private static java.util.List<String> fields(HttpResponse<String> response) {
        return json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
