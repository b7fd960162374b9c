package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;

/**
 * The service catalog over the REST API (issue 14): every role reads the seeded Kentucky and Georgia
 * codes, a state admin adds, renames and deactivates codes (optimistic lock, audited: a stale change
 * names who saved first), and bad input answers 400 naming each field with nothing saved. Codes are
 * unique per run: the test database outlives a run.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceCatalogIT {

    private static final String CATALOG = "/reference/service-catalog";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("every role reads the seeded catalog; 20 CFR 677.150 flags and PIRL elements as seeded")
    void everyRoleReadsTheSeededCatalog() throws Exception {
        JsonArray kentucky = array(Api.get(CATALOG + "?state=KY", "cm-bluegrass"));
        assertThat(codes(kentucky))
                .contains("SS-SELF", "BC-JOB-SEARCH", "IC-IEP", "TR-OJT", "SUP-CHILD-CARE", "FU-ADULT-DW");
        JsonObject selfService = byCode(kentucky, "SS-SELF");
        assertThat(selfService.getString("category")).isEqualTo("SELF_SERVICE_INFORMATION");
        assertThat(selfService.getBoolean("participationLevel")).isFalse();
        assertThat(selfService.getBoolean("keepsExitClock")).isFalse();
        JsonObject iep = byCode(kentucky, "IC-IEP");
        assertThat(iep.getBoolean("participationLevel")).isTrue();
        assertThat(iep.getBoolean("keepsExitClock")).isTrue();
        assertThat(iep.getJsonArray("pirlElements").getValuesAs(jakarta.json.JsonNumber.class))
                .extracting(jakarta.json.JsonNumber::intValue)
                .contains(1200, 1201, 1202);
        JsonObject youthFollowUp = byCode(kentucky, "YE-09");
        assertThat(youthFollowUp.getInt("youthElement")).isEqualTo(9);
        assertThat(youthFollowUp.getString("category")).isEqualTo("FOLLOW_UP");
        assertThat(youthFollowUp.getString("name")).isEqualTo("Follow-up services");

        assertThat(codes(array(Api.get(CATALOG, "cm-bluegrass"))))
                .as("no state: the case manager's own")
                .containsAll(codes(kentucky));
        assertThat(codes(array(Api.get(CATALOG + "?state=GA", "monitor")))).contains("IC-IEP", "YE-14");
        assertThat(array(Api.get(CATALOG + "?state=KY", "admin-bluegrass"))).isNotEmpty();
        long id = iep.getJsonNumber("id").longValue();
        assertThat(json(Api.get(CATALOG + "/" + id, "cm-kentuckiana")).getString("code"))
                .isEqualTo("IC-IEP");
        assertThat(Api.get(CATALOG + "/987654321", "cm-bluegrass").statusCode()).isEqualTo(404);
        assertThat(Api.get(CATALOG + "?state=ZZ", "cm-bluegrass").body()).contains("\"field\":\"state\"");
    }

    @Test
    @DisplayName(
            "a state admin adds, renames and deactivates a code; a stale change answers 409 naming who saved first")
    void aStateAdminAddsRenamesAndDeactivatesACode() throws Exception {
        String code = uniqueCode("ic-");
        HttpResponse<String> added = Api.post(CATALOG, "state-admin", code(code, "Resume workshop"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains(CATALOG));
        JsonObject created = json(added);
        assertThat(created.getString("code")).as("kept in upper case").isEqualTo(code.toUpperCase());
        assertThat(created.getJsonArray("programs").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("ADULT", "DISLOCATED_WORKER");
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("versionLock").longValue();
        assertThat(codes(array(Api.get(CATALOG + "?state=KY", "cm-bluegrass")))).contains(code.toUpperCase());

        HttpResponse<String> renamed = Api.put(
                CATALOG + "/" + id, "state-admin", withVersion(code(code, "Resume and interview workshop"), version));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(json(renamed).getString("name")).isEqualTo("Resume and interview workshop");
        HttpResponse<String> stale =
                Api.put(CATALOG + "/" + id, "state-admin", withVersion(code(code, "Resume clinic"), version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(problem(stale, 409).getString("detail")).contains("state-admin");

        long current = json(renamed).getJsonNumber("versionLock").longValue();
        HttpResponse<String> deactivated = Api.put(
                CATALOG + "/" + id,
                "state-admin",
                withVersion(code(code, "Resume and interview workshop"), current)
                        .replace("{", "{\"active\":false,"));
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(json(deactivated).getBoolean("active")).isFalse();
        assertThat(codes(array(Api.get(CATALOG + "?state=KY", "cm-bluegrass"))))
                .as("services are no longer recorded with it")
                .doesNotContain(code.toUpperCase());
        assertThat(codes(array(Api.get(CATALOG + "?state=KY&deactivated=true", "cm-bluegrass"))))
                .as("nothing is deleted")
                .contains(code.toUpperCase());
        assertThat(json(Api.get(CATALOG + "/" + id, "monitor")).getBoolean("active"))
                .isFalse();
    }

    @Test
    @DisplayName("an LWDA admin, a case manager and a monitor cannot change the catalog")
    void onlyAStateAdminWrites() throws Exception {
        String code = uniqueCode("x-");
        for (String user : List.of("admin-bluegrass", "cm-bluegrass", "monitor")) {
            HttpResponse<String> response = Api.post(CATALOG, user, code(code, "Not allowed"));
            assertThat(response.statusCode()).as(user).isEqualTo(403);
            problem(response, 403);
        }
        JsonObject iep = byCode(array(Api.get(CATALOG + "?state=KY", "admin-bluegrass")), "IC-IEP");
        HttpResponse<String> rename = Api.put(
                CATALOG + "/" + iep.getJsonNumber("id"),
                "admin-bluegrass",
                withVersion(
                        code("IC-IEP", "Renamed by an LWDA"),
                        iep.getJsonNumber("versionLock").longValue()));
        assertThat(rename.statusCode()).isEqualTo(403);
        assertThat(codes(array(Api.get(CATALOG + "?state=KY&deactivated=true", "state-admin"))))
                .doesNotContain(code.toUpperCase());
    }

    @Test
    @DisplayName("bad input answers 400 naming each field, with nothing saved")
    void badInputAnswers400NamingTheFields() throws Exception {
        String code = uniqueCode("bad-");
        assertFields(
                Api.post(CATALOG, "state-admin", code(code, "Pell").replace("\"ADULT\"", "\"PELL_GRANT\"")),
                "programs");
        assertFields(
                Api.post(
                        CATALOG,
                        "state-admin",
                        "{\"stateCode\":\"KY\",\"code\":\"" + code + "\",\"name\":\"  \",\"programs\":[]}"),
                "name",
                "category",
                "programs");
        assertFields(
                Api.post(
                        CATALOG,
                        "state-admin",
                        code(code, "Kiosk").replace("INDIVIDUALIZED_CAREER", "SELF_SERVICE_INFORMATION")),
                "participationLevel",
                "keepsExitClock");
        assertFields(Api.post(CATALOG, "state-admin", code(code, "Kiosk").replace("1201", "1999")), "pirlElements");
        assertFields(Api.post(CATALOG, "state-admin", code(code, "x".repeat(201))), "name");
        assertFields(Api.post(CATALOG, "state-admin", code("ABCDEFGHIJKLMNOPQRSTU", "Long")), "code");
        assertFields(Api.post(CATALOG, "state-admin", code("NO SPACES", "Spaced")), "code");
        HttpResponse<String> duplicate = Api.post(CATALOG, "state-admin", code("ic-iep", "Another IEP"));
        assertFields(duplicate, "code");
        assertThat(duplicate.body()).contains("already has the code IC-IEP");
        assertFields(Api.post(CATALOG, "state-admin", code(code, "Nowhere").replace("\"KY\"", "\"ZZ\"")), "stateCode");
        assertThat(codes(array(Api.get(CATALOG + "?state=KY&deactivated=true", "state-admin"))))
                .doesNotContain(code.toUpperCase());

        JsonObject iep = byCode(array(Api.get(CATALOG + "?state=KY", "state-admin")), "IC-IEP");
        String path = CATALOG + "/" + iep.getJsonNumber("id");
        assertFields(Api.put(path, "state-admin", code("IC-IEP", "No version")), "versionLock");
        assertFields(
                Api.put(
                        path,
                        "state-admin",
                        withVersion(
                                code("IC-PLAN", "Another code"),
                                iep.getJsonNumber("versionLock").longValue())),
                "code");
        assertThat(json(Api.get(path, "state-admin")).getString("name")).isEqualTo(iep.getString("name"));
    }

    /** An individualized career service funded by Adult and Dislocated Worker, as a state admin sends it. */
    private static String code(String code, String name) {
        return "{\"stateCode\":\"KY\",\"code\":\"" + code + "\",\"name\":\"" + name + "\","
                + "\"category\":\"INDIVIDUALIZED_CAREER\",\"programs\":[\"ADULT\",\"DISLOCATED_WORKER\"],"
                + "\"participationLevel\":true,\"keepsExitClock\":true,\"pirlElements\":[1200,1201,1004]}";
    }

    private static String withVersion(String body, long version) {
        return "{\"versionLock\":" + version + "," + body.substring(1);
    }

    /** At most 20 characters, new on each run. */
    private static String uniqueCode(String prefix) {
        String suffix = Long.toString(System.nanoTime(), 36);
        return prefix + suffix.substring(Math.max(0, suffix.length() - (20 - prefix.length())));
    }

    private static void assertFields(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonObject problem = problem(response, 400);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .as(response.body())
                .containsExactlyInAnyOrder(fields);
    }

    private static List<String> codes(JsonArray catalog) {
        return catalog.getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("code"))
                .toList();
    }

    private static JsonObject byCode(JsonArray catalog, String code) {
        return catalog.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no code " + code));
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
