package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.AtOnce;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;

/**
 * Issue 13 items 3, 8 and 10 through the API: a WIOA enrollment rests on an eligible determination
 * made on or before entry and tests the age at entry; Wagner-Peyser needs none; the youth 5% caps are
 * counted per LWDA and program year so two enrollments at once cannot both slip under a cap; the
 * characteristics at entry are frozen and corrected only as a correction.
 */
@ExtendWith(ArquillianExtension.class)
class EnrollmentEligibilityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("20 CFR 677.150(a): no WIOA enrollment without an eligible determination; Wagner-Peyser needs none")
    void enrollmentRestsOnAnEligibleDetermination() throws Exception {
        long id = Participants.register("Nia", "1990-06-15");
        HttpResponse<String> refused = Participants.tryEnroll(id, "ADULT", "cm-bluegrass");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("determine eligibility first", "677.150(a)");
        assertThat(Participants.tryEnroll(id, "WAGNER_PEYSER", "cm-bluegrass").statusCode())
                .isEqualTo(201);

        Participants.determine(id, "ADULT", "1990-06-15", "\"publicAssistance\":[\"SNAP\"]");
        HttpResponse<String> enrolled = Participants.tryEnroll(id, "ADULT", "cm-bluegrass");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        assertThat(json(enrolled).isNull("determinationId")).isFalse();
    }

    @Test
    @DisplayName("20 CFR 681.210(b): the age is tested again on the entry date")
    void ageIsTestedAtEnrollment() throws Exception {
        LocalDate today = LocalDate.now();
        String born = today.minusYears(25).minusDays(10).toString();
        long id = Participants.register("Ari", born);
        // 24 on the determination date a month ago, 25 on entry today.
        Participants.determine(
                id,
                "YOUTH_OUT_OF_SCHOOL",
                born,
                "\"attendingSchool\":false,\"homeless\":true",
                today.minusDays(30),
                "cm-bluegrass");
        HttpResponse<String> refused = Participants.tryEnroll(id, "YOUTH_OUT_OF_SCHOOL", "cm-bluegrass");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("entryDate", "Age 25", "681.210(b)");
    }

    @Test
    @DisplayName("Item 10: characteristics at entry are frozen; a correction needs its reason and the version read")
    void characteristicsAtEntryAreFrozenAndCorrectedAsSuch() throws Exception {
        long id = Participants.eligibleAdult();
        JsonObject enrollment = array(Api.get("/participants/" + id + "/enrollments", "cm-bluegrass"))
                .getJsonObject(0);
        long enrollmentId = enrollment.getJsonNumber("id").longValue();
        long version = enrollment.getJsonNumber("version").longValue();
        String path = "/participants/" + id + "/enrollments/" + enrollmentId + "/entry-characteristics";
        String correction = "{\"employmentStatus\":\"NOT_EMPLOYED\",\"barriers\":[\"SINGLE_PARENT\"],"
                + "\"publicAssistance\":[\"SNAP\"],\"version\":" + version;

        HttpResponse<String> noReason = Api.put(path, "cm-bluegrass", correction + "}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        HttpResponse<String> corrected =
                Api.put(path, "cm-bluegrass", correction + ",\"reason\":\"Intake form misread\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonObject atEntry = json(corrected).getJsonObject("atEntry");
        assertThat(atEntry.getString("employmentStatus")).isEqualTo("NOT_EMPLOYED");
        assertThat(atEntry.getString("correctedReason")).isEqualTo("Intake form misread");
        assertThat(Api.put(path, "cm-bluegrass", correction + ",\"reason\":\"Again\"}")
                        .statusCode())
                .as("the version read is stale")
                .isEqualTo(409);
    }

    @Test
    @DisplayName("20 CFR 681.250(c): two enrollments at once under the low-income exception are both counted,"
            + " and the area sees the warning once the cap is reached")
    void theLowIncomeExceptionCapCountsEveryEnrollmentUnderConcurrency() throws Exception {
        long probe = register("Kim");
        long lwda = json(Api.get("/participants/" + probe, "cm-kentuckiana"))
                .getJsonNumber("lwdaId")
                .longValue();
        JsonObject before = caps(lwda);
        long first = exceptionYouth();
        long second = exceptionYouth();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (long youth : List.of(first, second)) {
            calls.add(() -> Participants.tryEnroll(youth, "YOUTH_OUT_OF_SCHOOL", "cm-kentuckiana")
                    .statusCode());
        }
        List<Integer> statuses = AtOnce.run(calls);

        assertThat(statuses)
                .as("the cap is a share of the whole program year: it warns, it does not refuse")
                .containsExactly(201, 201);
        JsonObject after = caps(lwda);
        assertThat(after.getInt("lowIncomeExceptions")).isEqualTo(before.getInt("lowIncomeExceptions") + 2);
        assertThat(after.getInt("youthEnrolled")).isEqualTo(before.getInt("youthEnrolled") + 2);
        int used = after.getInt("lowIncomeExceptions");
        int enrolled = after.getInt("youthEnrolled");
        if ((used + 1) * 20 > enrolled + 1) {
            assertThat(after.getString("lowIncomeExceptionWarning")).containsAnyOf("is reached", "is exceeded");
        }
    }

    private static final String BORN =
            LocalDate.now().minusYears(19).minusMonths(2).toString();

    private static long register(String first) throws Exception {
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-kentuckiana",
                "{\"firstName\":\"" + first + "\",\"lastName\":\"Capped" + System.nanoTime() + "\",\"dateOfBirth\":\""
                        + BORN + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    private static void determine(long id, String facts) throws Exception {
        Participants.determine(
                id,
                "YOUTH_OUT_OF_SCHOOL",
                BORN,
                "\"attendingSchool\":false,\"holdsSecondaryDiploma\":true," + facts,
                LocalDate.now(),
                "cm-kentuckiana");
    }

    /** A 19-year-old with a diploma and limited English, not low-income, under the 5% exception. */
    private static long exceptionYouth() throws Exception {
        long id = register("Eli");
        determine(id, "\"englishLanguageLearner\":true,\"lowIncomeExceptionUsed\":true");
        return id;
    }

    private static JsonObject caps(long lwda) throws Exception {
        return json(Api.get("/eligibility/youth-caps/" + lwda, "cm-kentuckiana"));
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
