package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;

/**
 * Basic skills tests over the REST API as the case manager's walkthrough found them (issue 19): a
 * level out of range or not matching the score on the NRS table is a 400 by field and nothing is
 * saved; a test typed wrong is corrected with a reason, one recorded in error voided and kept; only
 * the latest test of a subject that is not voided is current and counts toward the finding.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentApiIT {

    private static final String CM = "cm-bluegrass";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String test(String subject, int score, int level, LocalDate date) {
        return "{\"instrument\":\"TABE\",\"subject\":\"" + subject + "\",\"scaleScore\":" + score
                + ",\"functioningLevel\":" + level + ",\"testDate\":\"" + date + "\"}";
    }

    private static HttpResponse<String> record(long id, String body) throws Exception {
        return Api.post("/participants/" + id + "/assessment/tests", CM, body);
    }

    private static JsonArray tests(long id) throws Exception {
        return Participants.json(Api.get("/participants/" + id + "/assessment", CM))
                .getJsonArray("tests");
    }

    @Test
    @DisplayName("A level of 7 is a 400 on functioningLevel, not a 6 saved; nor a level the score does not stand for")
    void aLevelIsNeverCoercedAndMustMatchTheScore() throws Exception {
        long id = Participants.register("Levi", "1996-02-02");
        HttpResponse<String> seven = record(id, test("READING", 650, 7, LocalDate.now()));
        assertThat(seven.statusCode()).isEqualTo(400);
        assertThat(seven.body()).contains("functioningLevel").contains("1 to 6");

        // NRS TA Guide Exhibit 2.1 / TABE 11/12 reading: 520 is level 3 (501-535)
        HttpResponse<String> mismatch = record(id, test("READING", 520, 5, LocalDate.now()));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("functioningLevel").contains("is NRS level 3 (501-535)");

        HttpResponse<String> offScale = record(id, test("MATH", 250, 1, LocalDate.now()));
        assertThat(offScale.statusCode()).isEqualTo(400);
        assertThat(offScale.body()).contains("scaleScore").contains("300 to 800");

        assertThat(tests(id)).as("nothing saved").isEmpty();
        assertThat(record(id, test("READING", 520, 3, LocalDate.now())).statusCode())
                .isEqualTo(201);
    }

    @Test
    @DisplayName(
            "A wrong test is corrected with a reason, or voided and kept; only the latest non-voided one is current")
    void aWrongTestIsCorrectedOrVoidedAndOnlyTheLatestCounts() throws Exception {
        long id = Participants.register("Cora", "1995-03-03");
        assertThat(record(id, test("MATH", 480, 2, LocalDate.now().minusDays(20)))
                        .statusCode())
                .isEqualTo(201);
        JsonObject second = Participants.json(
                record(id, test("MATH", 600, 5, LocalDate.now().minusDays(2))));
        assertThat(second.getBoolean("basicSkillsDeficient"))
                .as("the latest math test, level 5, speaks")
                .isFalse();
        JsonArray rows = second.getJsonArray("tests");
        assertThat(rows).hasSize(2);
        assertThat(rows.getJsonObject(0).getBoolean("current")).isTrue();
        assertThat(rows.getJsonObject(1).getBoolean("current"))
                .as("two rows of one subject are not both current")
                .isFalse();

        JsonObject latest = rows.getJsonObject(0);
        long testId = latest.getJsonNumber("id").longValue();
        long version = latest.getJsonNumber("version").longValue();
        String path = "/participants/" + id + "/assessment/tests/" + testId;

        HttpResponse<String> noReason =
                Api.put(path, CM, test("MATH", 660, 6, LocalDate.now().minusDays(2)));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        String correction = test("MATH", 660, 6, LocalDate.now().minusDays(2))
                .replace("}", ",\"reason\":\"Score typed from the wrong line\",\"version\":" + version + "}");
        HttpResponse<String> corrected = Api.put(path, CM, correction);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonObject after = Participants.json(corrected).getJsonArray("tests").getJsonObject(0);
        assertThat(after.getInt("scaleScore")).isEqualTo(660);
        assertThat(Api.put(path, CM, correction).statusCode())
                .as("the version loaded before the correction is stale now")
                .isEqualTo(409);
        HttpResponse<String> voidWithout =
                Api.post(path + "/void", CM, "{\"version\":" + after.getInt("version") + "}");
        assertThat(voidWithout.statusCode()).isEqualTo(400);
        assertThat(voidWithout.body()).contains("reason");
        HttpResponse<String> voided = Api.post(
                path + "/void",
                CM,
                "{\"reason\":\"Another participant's score sheet\",\"version\":" + after.getInt("version") + "}");
        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
        JsonObject summary = Participants.json(voided);
        JsonArray kept = summary.getJsonArray("tests");
        assertThat(kept).as("voided, not deleted").hasSize(2);
        assertThat(kept.getJsonObject(0).getBoolean("voided")).isTrue();
        assertThat(kept.getJsonObject(0).getString("voidReason")).isEqualTo("Another participant's score sheet");
        assertThat(kept.getJsonObject(0).getBoolean("current")).isFalse();
        assertThat(kept.getJsonObject(1).getBoolean("current"))
                .as("the earlier test is current again")
                .isTrue();
        assertThat(summary.getBoolean("basicSkillsDeficient"))
                .as("the voided level 6 no longer counts: the earlier level 2 speaks")
                .isTrue();
        assertThat(Api.post(path + "/void", CM, "{\"reason\":\"again\"}").statusCode())
                .isEqualTo(400);
        assertThat(Api.post(path + "/void", "cm-kentuckiana", "{\"reason\":\"not mine\"}")
                        .statusCode())
                .isEqualTo(403);
    }
}
