package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.OutlookWorkbook;
import org.waypoint.it.support.TestFixture;

/**
 * Labour-market information through the API on the real server: the shipped files loaded on the
 * first start, areas by ZIP, search, profiles with suppressed figures as null, imports that are all
 * or nothing, and LMI reviews whose figures a later import does not change.
 */
@ExtendWith(ArquillianExtension.class)
class LmiApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aLexingtonZipGivesTheBluegrassLwaThenKentuckyThenTheNation() throws Exception {
        JsonArray areas = array(Api.get("/lmi/areas?zip=40507", "cm-bluegrass"));

        assertThat(areas.getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("id") + "|" + a.getString("type") + "|" + a.getString("name"))
                .containsExactly("KY-bluegrass|LWA|Bluegrass LWA", "KY|STATE|Kentucky", "US|NATION|United States");
        assertThat(areas.getJsonObject(0).getString("state")).isEqualTo("KY");
    }

    @Test
    void aMalformedZipIs400AndAZipOutsideTheServedStates404() throws Exception {
        HttpResponse<String> malformed = Api.get("/lmi/areas?zip=4050", "cm-bluegrass");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(malformed)).containsKey("zip");
        assertThat(fieldErrors(malformed).get("zip")).contains("5-digit");

        assertThat(Api.get("/lmi/areas?zip=90210", "cm-bluegrass").statusCode()).isEqualTo(404);
    }

    @Test
    void searchFindsOccupationsByPartialWords() throws Exception {
        JsonArray matches = array(Api.get("/lmi/occupations?q=dental%20assist", "cm-bluegrass"));

        assertThat(matches.getJsonObject(0).getString("soc")).isEqualTo("31-9091");
        assertThat(matches.getJsonObject(0).getString("title")).isEqualTo("Dental Assistants");
    }

    @Test
    void theProfileHasTheKentuckyFiguresAndTheGuidancesComment() throws Exception {
        JsonObject profile = json(Api.get("/lmi/occupations/31-9091?area=KY-bluegrass", "monitor"));

        assertThat(profile.getString("title")).isEqualTo("Dental Assistants");
        assertThat(profile.getJsonObject("area").getString("name")).isEqualTo("Bluegrass LWA");
        assertThat(profile.getString("vintage")).isEqualTo("KYSTATS Occupational Outlook 2022-2032");
        assertThat(profile.getInt("baseEmployment")).isEqualTo(834);
        assertThat(profile.getInt("projectedEmployment")).isEqualTo(911);
        assertThat(profile.getInt("annualOpenings")).isEqualTo(127);
        assertThat(profile.getInt("meanAnnualWage")).isEqualTo(39647);
        assertThat(profile.getInt("medianAnnualWage")).isEqualTo(38758);
        assertThat(profile.getJsonNumber("medianHourlyWage").bigDecimalValue()).isEqualByComparingTo("18.63");
        assertThat(profile.getString("typicalEducation")).isEqualTo("Postsecondary nondegree award");
        assertThat(profile.getJsonArray("related")).isNotEmpty();
        assertThat(profile.getString("lmiComment"))
                .isEqualTo("Dental Assistants; Bluegrass LWA avg. annually $39,647, avg. hourly $19.06, projected"
                        + " annual openings 127, projected growth 9.2% (KYSTATS 2022-2032)");
        assertThat(profile.getString("attribution")).contains("O*NET", "CC BY 4.0");
    }

    @Test
    void aSuppressedFigureIsNullNeverZero() throws Exception {
        JsonObject chiefExecutives = json(Api.get("/lmi/occupations/11-1011?area=KY", "cm-bluegrass"));

        assertThat(chiefExecutives.get("experiencedAnnualWage")).isEqualTo(JsonValue.NULL);
        assertThat(chiefExecutives.getInt("medianAnnualWage")).isEqualTo(171_990);

        JsonObject national = json(Api.get("/lmi/occupations/31-9091?area=US", "cm-bluegrass"));
        assertThat(national.get("annualOpenings"))
                .as("no projections for the nation")
                .isEqualTo(JsonValue.NULL);
        assertThat(national.get("entryAnnualWage")).as("OEWS has no entry wage").isEqualTo(JsonValue.NULL);
        assertThat(national.getString("vintage")).isEqualTo("BLS OEWS May 2024");
    }

    @Test
    void theReportIsAPdfPreparedForTheCareerSeeker() throws Exception {
        long participant = participantId(TestFixture.BLUEGRASS_PARTICIPANT);

        HttpResponse<byte[]> report = Api.getBytes(
                "/lmi/occupations/31-9091/report?area=KY-bluegrass&participant=" + participant + "&compare=29-1292",
                "cm-bluegrass");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(report.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(report.body().length).isGreaterThan(10_000);
    }

    @Test
    void unknownCodesAndAreasAre404Problems() throws Exception {
        HttpResponse<String> code = Api.get("/lmi/occupations/99-9999?area=KY", "cm-bluegrass");
        assertThat(code.statusCode()).isEqualTo(404);
        assertThat(code.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(code).getString("detail")).contains("99-9999");

        HttpResponse<String> area = Api.get("/lmi/occupations/31-9091?area=KY-atlantis", "cm-bluegrass");
        assertThat(area.statusCode()).isEqualTo(404);
        assertThat(json(area).getString("detail")).contains("KY-atlantis");
    }

    @Test
    void onlyAStateAdminImportsAndABrokenFileChangesNothing() throws Exception {
        byte[] outlook = OutlookWorkbook.shipped();
        HttpResponse<String> denied =
                Api.postBytes("/lmi/imports?kind=OCCUPATIONAL_OUTLOOK&fileName=o.xlsx", "cm-bluegrass", outlook);
        assertThat(denied.statusCode()).isEqualTo(403);

        HttpResponse<String> truncated = Api.postBytes(
                "/lmi/imports?kind=OCCUPATIONAL_OUTLOOK&fileName=cut.xlsx",
                "state-admin",
                Arrays.copyOf(outlook, outlook.length / 2));
        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(json(truncated).getString("detail")).contains("Nothing was changed");

        HttpResponse<String> missingColumn = Api.postBytes(
                "/lmi/imports?kind=ONET_OCCUPATIONS&fileName=occ.txt",
                "state-admin",
                "O*NET-SOC Code\tTitle\n31-9091.00\tDental Assistants\n".getBytes());
        assertThat(missingColumn.statusCode()).isEqualTo(400);
        assertThat(json(missingColumn).getString("detail")).contains("missing column(s) \"Description\"");

        JsonObject profile = json(Api.get("/lmi/occupations/31-9091?area=KY-bluegrass", "cm-bluegrass"));
        assertThat(profile.getInt("meanAnnualWage")).isEqualTo(39647);
        assertThat(profile.getString("description")).startsWith("Perform limited clinical duties");
    }

    @Test
    void aBadRowIsNamedByRowAndColumn() throws Exception {
        byte[] bad = OutlookWorkbook.withCell(OutlookWorkbook.shipped(), 5, "Mean Annual", "lots");

        HttpResponse<String> response =
                Api.postBytes("/lmi/imports?kind=OCCUPATIONAL_OUTLOOK&fileName=bad.xlsx", "state-admin", bad);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject problem = json(response);
        assertThat(problem.getInt("errorCount")).isEqualTo(1);
        JsonObject error = problem.getJsonArray("rowErrors").getJsonObject(0);
        assertThat(error.getInt("row")).isEqualTo(5);
        assertThat(error.getString("column")).isEqualTo("Mean Annual");
    }

    @Test
    void aReviewKeepsItsFiguresWhenANewerVintageIsImported() throws Exception {
        long participant = participantId(TestFixture.BLUEGRASS_PARTICIPANT);
        String path = "/participants/" + participant + "/lmi-reviews";
        int before = array(Api.get(path, "cm-bluegrass")).size();

        HttpResponse<String> unexplained = Api.post(
                path,
                "cm-bluegrass",
                """
                {"areaId":"KY-bluegrass","socs":["31-9091"],"reviewedWithParticipant":true,
                 "marketableSkills":false,"currentMarket":true}""");
        assertThat(unexplained.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(unexplained).keySet()).containsExactly("marketableSkillsExplanation");
        assertThat(array(Api.get(path, "cm-bluegrass")).size())
                .as("nothing saved")
                .isEqualTo(before);

        HttpResponse<String> created = Api.post(
                path,
                "cm-bluegrass",
                """
                {"areaId":"KY-bluegrass","socs":["31-9091","29-1292"],"reviewedWithParticipant":true,
                 "marketableSkills":true,"currentMarket":true}""");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject review = json(created);
        assertThat(review.getString("lmiComment")).startsWith("Dental Assistants; Bluegrass LWA avg. annually $39,647");
        assertThat(review.getJsonArray("occupations").getJsonObject(0).getInt("meanWage"))
                .isEqualTo(39647);

        byte[] raised = OutlookWorkbook.withCell(
                OutlookWorkbook.shipped(), OutlookWorkbook.rowOf("Bluegrass LWA", "319091"), "Mean Annual", "50000");
        try {
            HttpResponse<String> imported =
                    Api.postBytes("/lmi/imports?kind=OCCUPATIONAL_OUTLOOK&fileName=raised.xlsx", "state-admin", raised);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            assertThat(json(imported).getInt("superseded")).isEqualTo(1);
            assertThat(json(Api.get("/lmi/occupations/31-9091?area=KY-bluegrass", "cm-bluegrass"))
                            .getInt("meanAnnualWage"))
                    .isEqualTo(50000);

            JsonObject kept =
                    json(Api.get(path + "/" + review.getJsonNumber("id").longValue(), "cm-bluegrass"));
            assertThat(kept.getJsonArray("occupations").getJsonObject(0).getInt("meanWage"))
                    .isEqualTo(39647);
            assertThat(kept.getString("lmiComment")).contains("$39,647");
        } finally {
            HttpResponse<String> restored = Api.postBytes(
                    "/lmi/imports?kind=OCCUPATIONAL_OUTLOOK&fileName=occupational-outlook-2022-2032.xlsx",
                    "state-admin",
                    OutlookWorkbook.shipped());
            assertThat(restored.statusCode()).isEqualTo(201);
        }
        assertThat(array(Api.get("/lmi/imports", "state-admin")).getValuesAs(JsonObject.class))
                .anySatisfy(d -> {
                    assertThat(d.getString("fileName")).isEqualTo("raised.xlsx");
                    assertThat(d.getBoolean("current")).isFalse();
                });
    }

    private static long participantId(String number) throws Exception {
        return array(Api.get("/participants?number=" + number, "cm-bluegrass"))
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    /** A 400 problem's field errors, field to message. */
    private static java.util.Map<String, String> fieldErrors(HttpResponse<String> response) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        json(response)
                .getJsonArray("errors")
                .getValuesAs(JsonObject.class)
                .forEach(e -> errors.put(e.getString("field"), e.getString("message")));
        return errors;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
