package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;

/**
 * {@code GET /api/v1/lmi/explore} on the real server with the shipped O*NET 29.2 files (issue 20):
 * occupations of the job zone whose interest codes agree with the one asked, best first, with the
 * area's figures and the boards' label; a bad code, job zone or area is a 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class LmiExploreApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("CRS in job zone 3, Bluegrass: Dental Assistants among the full agreements, figures of the LWA")
    void conventionalRealisticSocialInJobZoneThree() throws Exception {
        JsonArray matches = array(Api.get("/lmi/explore?riasec=crs&jobZone=3&area=KY-bluegrass", "cm-bluegrass"));

        List<JsonObject> rows = matches.getValuesAs(JsonObject.class);
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(rows).allSatisfy(m -> {
            assertThat(m.getInt("jobZone")).isEqualTo(3);
            assertThat(m.getString("highPoints")).contains("C");
            assertThat(m.getString("areaId")).isEqualTo("KY-bluegrass");
        });
        assertThat(rows)
                .extracting(m -> m.getInt("agreement"))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonObject dental = rows.stream()
                .filter(m -> m.getString("soc").equals("31-9091"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Dental Assistants (CRS, zone 3) not among " + rows));
        assertThat(dental.getString("title")).isEqualTo("Dental Assistants");
        assertThat(dental.getString("highPoints")).isEqualTo("CRS");
        assertThat(dental.getInt("agreement")).isEqualTo(14);
        assertThat(dental.getInt("annualOpenings")).isEqualTo(127);
        assertThat(dental.getInt("medianAnnualWage")).isEqualTo(38758);
        assertThat(dental.get("correlation")).as("a code only, no scores").isEqualTo(JsonValue.NULL);
        assertThat(dental.getJsonObject("officialInDemand").getString("text")).isNotBlank();
        assertThat(dental.getJsonObject("signal").getBoolean("known")).isTrue();
    }

    @Test
    @DisplayName("One letter is a code too; the nation has wages but no projections (null, never 0)")
    void oneLetterAndTheNation() throws Exception {
        List<JsonObject> rows = array(Api.get("/lmi/explore?riasec=S&jobZone=4&area=US&max=50", "monitor"))
                .getValuesAs(JsonObject.class);
        assertThat(rows).isNotEmpty().allSatisfy(m -> {
            assertThat(m.getString("highPoints")).contains("S");
            assertThat(m.get("annualOpenings")).isEqualTo(JsonValue.NULL);
        });
        assertThat(rows.get(0).getString("highPoints")).startsWith("S");
    }

    @Test
    @DisplayName("400 naming riasec, jobZone or area for a bad code, zone or area")
    void badInputIsA400NamingTheField() throws Exception {
        for (String code : List.of("RIAS", "XYZ", "RR", "")) {
            HttpResponse<String> response =
                    Api.get("/lmi/explore?riasec=" + code + "&jobZone=2&area=KY", "cm-bluegrass");
            assertThat(response.statusCode()).as(code).isEqualTo(400);
            assertThat(fieldErrors(response)).containsOnlyKeys("riasec");
        }
        for (String zone : List.of("0", "6", "abc", "")) {
            HttpResponse<String> response =
                    Api.get("/lmi/explore?riasec=RIA&jobZone=" + zone + "&area=KY", "cm-bluegrass");
            assertThat(response.statusCode()).as(zone).isEqualTo(400);
            assertThat(fieldErrors(response)).containsOnlyKeys("jobZone");
        }
        HttpResponse<String> area = Api.get("/lmi/explore?riasec=RIA&jobZone=2&area=KY-atlantis", "cm-bluegrass");
        assertThat(area.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(area)).containsOnlyKeys("area");
        assertThat(fieldErrors(area).get("area")).contains("KY-atlantis");
    }

    @Test
    void withoutCredentialsIt401s() throws Exception {
        assertThat(Api.get("/lmi/explore?riasec=RIA&jobZone=2&area=KY", "nobody", "wrong")
                        .statusCode())
                .isEqualTo(401);
    }

    private static Map<String, String> fieldErrors(HttpResponse<String> response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Json.createReader(new StringReader(response.body()))
                .readObject()
                .getJsonArray("errors")
                .getValuesAs(JsonObject.class)
                .forEach(e -> errors.put(e.getString("field"), e.getString("message")));
        return errors;
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
