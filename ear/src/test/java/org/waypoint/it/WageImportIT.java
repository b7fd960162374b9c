package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Probe;
import org.waypoint.it.support.WageParticipants;
import org.waypoint.it.support.WageParticipants.Exited;

/**
 * Issue 15, UI wage records through the API: a state file matched by the SSN's keyed hash (the
 * wages appear in the participant's employment after exit, TEGL 10-16 Ch. 1), a re-import that
 * replaces an amount, a file refused whole on one bad row (row and column named, the value never
 * echoed, nothing saved), and who may import and see: state admins only, and only the importing
 * state's participants are matched.
 */
@ExtendWith(ArquillianExtension.class)
class WageImportIT {

    private static final String IMPORTS = "/wage-records/imports";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(WageImportIT.class);
    }

    @Resource(lookup = org.waypoint.service.platform.DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private Probe probe;

    @Test
    @DisplayName("a wage file is matched, shows in employment after exit, and a later file replaces an amount")
    void aFileIsMatchedAndAReimportReplacesAnAmount() throws Exception {
        Exited p = WageParticipants.exited(dataSource, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 5, 10));
        String stranger = WageParticipants.newSsn();
        HttpResponse<String> imported = post(
                "stateCode=KY&fileName=ky-2024q3.csv",
                "SSN,YEAR,QUARTER,FEIN,WAGES\n" + p.ssn() + ",2024,3,12-3456789,4000.00\n"
                        + p.ssn().replace("-", "") + ",2024,3,987654321,500\n"
                        + stranger + ",2024,3,12-3456789,7000\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonObject first = json(imported);
        assertThat(first.getString("status")).isEqualTo("IMPORTED");
        assertThat(first.getInt("rowsRead")).isEqualTo(3);
        assertThat(first.getInt("rowsMatched")).isEqualTo(2);
        assertThat(first.getInt("rowsUnmatched")).isEqualTo(1);
        assertThat(first.getInt("rowsInserted")).isEqualTo(2);
        assertThat(first.getInt("rowsReplaced")).isZero();
        assertThat(first.getJsonArray("quarters").getString(0)).isEqualTo("2024 Q3");

        JsonObject q1 = firstQuarter(p.id());
        assertThat(q1.getString("employment")).isEqualTo("EMPLOYED");
        assertThat(q1.getString("source")).isEqualTo("UI_WAGE_RECORD");
        assertThat(q1.getJsonNumber("earnings").bigDecimalValue()).isEqualByComparingTo("4500.00");
        assertThat(q1.getJsonArray("employers").toString()).contains("12-3456789", "98-7654321");

        // The state's correction, in another layout named by a mapping (multipart form, as a browser sends it)
        String boundary = "wages" + System.nanoTime();
        String form = part(boundary, "stateCode", "KY") + part(boundary, "ssnColumn", "Social Security Number")
                + part(boundary, "yearColumn", "Yr") + part(boundary, "quarterColumn", "Qtr")
                + part(boundary, "feinColumn", "Employer FEIN") + part(boundary, "wagesColumn", "Quarterly Wages")
                + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ky-2024q3-fix.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "Employer FEIN,Social Security Number,Yr,Qtr,Quarterly Wages\n12-3456789," + p.ssn()
                + ",2024,3,4100\n"
                + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> corrected = Api.postBytes(
                IMPORTS,
                "state-admin",
                form.getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=" + boundary);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(json(corrected).getInt("rowsReplaced")).isEqualTo(1);
        assertThat(json(corrected).getInt("rowsInserted")).isZero();
        assertThat(json(corrected).getString("fileName")).isEqualTo("ky-2024q3-fix.csv");
        assertThat(firstQuarter(p.id()).getJsonNumber("earnings").bigDecimalValue())
                .isEqualByComparingTo("4600.00");

        assertThat(probe.count(
                        "SELECT COUNT(a) FROM AuditEntry a WHERE a.entityType = 'WageImport' AND a.actor = 'state-admin'"
                                + " AND a.entityId = ?1",
                        String.valueOf(first.getJsonNumber("id").longValue())))
                .as("the import is in the audit trail")
                .isGreaterThanOrEqualTo(1);
        JsonArray history = array(Api.get(IMPORTS + "?stateCode=KY", "state-admin"));
        assertThat(history.toString())
                .contains("ky-2024q3-fix.csv")
                .doesNotContain(p.ssn().substring(7));
    }

    @Test
    @DisplayName("one bad row refuses the whole file: row and column named, the SSN not echoed, nothing saved")
    void aBadRowRefusesTheWholeFile() throws Exception {
        Exited p = WageParticipants.exited(dataSource, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 5, 10));
        HttpResponse<String> refused = post(
                "stateCode=KY&fileName=ky-bad.csv",
                "SSN,YEAR,QUARTER,FEIN,WAGES\n" + p.ssn() + ",2024,3,12-3456789,4000.00\n"
                        + p.ssn() + ",2024,4,12-3456789,4000.00\n" + "7123-45-678,2024,4,12-3456789,300\n"
                        + p.ssn() + ",2024,4,12-3456789,1.005\n");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonObject body = json(refused);
        assertThat(body.getInt("errorCount")).isEqualTo(2);
        JsonObject error = body.getJsonArray("rowErrors").getJsonObject(0);
        assertThat(error.getInt("row")).isEqualTo(4);
        assertThat(error.getString("column")).isEqualTo("SSN");
        assertThat(error.getString("message")).startsWith("not 9 digits");
        assertThat(body.getJsonArray("rowErrors").getJsonObject(1).getString("column"))
                .isEqualTo("WAGES");
        assertThat(refused.body()).doesNotContain("7123-45-678").doesNotContain(p.ssn());

        assertThat(probe.count("SELECT COUNT(w) FROM WageRecord w WHERE w.participantId = ?1", p.id()))
                .as("nothing saved")
                .isZero();
        assertThat(firstQuarter(p.id()).getString("employment")).isNotEqualTo("EMPLOYED");
        JsonObject recorded =
                array(Api.get(IMPORTS + "?stateCode=KY", "state-admin")).getValuesAs(JsonObject.class).stream()
                        .filter(i -> i.getString("fileName").equals("ky-bad.csv"))
                        .findFirst()
                        .orElseThrow();
        assertThat(recorded.getString("status")).isEqualTo("REFUSED");
        assertThat(recorded.getInt("errorCount")).isEqualTo(2);
        assertThat(recorded.getJsonArray("rowErrors").toString())
                .contains("not 9 digits")
                .doesNotContain("7123");

        HttpResponse<String> badMapping =
                post("stateCode=KY&fileName=x.csv&hasHeader=false&yearColumn=first", "1,2,3\n");
        assertThat(badMapping.statusCode()).isEqualTo(400);
        assertThat(json(badMapping).getJsonArray("errors").toString()).contains("\"field\":\"yearColumn\"");
        HttpResponse<String> noState = post("fileName=x.csv", "SSN,YEAR,QUARTER,FEIN,WAGES\n");
        assertThat(noState.statusCode()).isEqualTo(400);
        assertThat(json(noState).getJsonArray("errors").toString()).contains("\"field\":\"stateCode\"");
    }

    @Test
    @DisplayName("only state admins import; only the importing state's participants are matched; LWDA rule on outcomes")
    void isolation() throws Exception {
        Exited p = WageParticipants.exited(dataSource, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 5, 10));
        String file = "SSN,YEAR,QUARTER,FEIN,WAGES\n" + p.ssn() + ",2024,3,12-3456789,4000.00\n";
        for (String user : new String[] {"cm-bluegrass", "admin-bluegrass", "monitor"}) {
            assertThat(Api.postBytes(
                                    IMPORTS + "?stateCode=KY&fileName=w.csv",
                                    user,
                                    file.getBytes(StandardCharsets.UTF_8),
                                    "text/csv")
                            .statusCode())
                    .as(user + " imports")
                    .isEqualTo(403);
        }
        assertThat(Api.get(IMPORTS, "cm-bluegrass").statusCode()).isEqualTo(403);
        assertThat(Api.get(IMPORTS, "admin-bluegrass").statusCode()).isEqualTo(403);
        assertThat(Api.get(IMPORTS, "monitor").statusCode()).isEqualTo(200);

        HttpResponse<String> georgia = post("stateCode=GA&fileName=ga-2024q3.csv", file);
        assertThat(georgia.statusCode()).as(georgia.body()).isEqualTo(201);
        assertThat(json(georgia).getInt("rowsMatched"))
                .as("a Kentucky participant is not matched by Georgia's file")
                .isZero();
        assertThat(json(georgia).getInt("rowsUnmatched")).isEqualTo(1);
        assertThat(probe.count("SELECT COUNT(w) FROM WageRecord w WHERE w.participantId = ?1", p.id()))
                .isZero();

        String outcomes = "/participants/" + p.id() + "/employment-outcomes";
        assertThat(Api.get(outcomes, "cm-kentuckiana").statusCode()).isEqualTo(403);
        assertThat(Api.get(outcomes, "monitor").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> post(String query, String csv) throws Exception {
        return Api.postBytes(IMPORTS + "?" + query, "state-admin", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static JsonObject firstQuarter(long participant) throws Exception {
        HttpResponse<String> outcomes =
                Api.get("/participants/" + participant + "/employment-outcomes", "cm-bluegrass");
        assertThat(outcomes.statusCode()).as(outcomes.body()).isEqualTo(200);
        JsonObject exit = array(outcomes).getJsonObject(0);
        assertThat(exit.getString("exitDate")).isEqualTo("2024-05-10");
        JsonObject q1 = exit.getJsonArray("quarters").getJsonObject(0);
        assertThat(q1.getInt("year")).isEqualTo(2024);
        assertThat(q1.getInt("quarter")).isEqualTo(3);
        return q1;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
