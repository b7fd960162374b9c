package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.IndicatorCohorts;
import org.waypoint.it.support.IndicatorCohorts.Period;

/**
 * The primary indicators over the REST API (issue 16; TEGL 10-16, Change 1) for report quarter
 * 2025 Q4 (employment Q2 and median earnings: exits 2024 Q1-Q4; employment Q4 and credentials:
 * exits 2023 Q3-2024 Q2; skill gains: participation 2025 Q1-Q4), over an area of known
 * participants the test writes itself: the exact numerators and denominators, by program and for
 * the case manager's own caseload, the exclusions, the participants behind a figure, the scope of
 * LWDA admins and case managers, and 400s naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class IndicatorsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(IndicatorsIT.class);
    }

    @Resource(lookup = org.waypoint.service.platform.DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    private IndicatorCohorts area;
    private Period p1;
    private Period p3;
    private Period p4;

    @BeforeEach
    void cohorts() throws Exception {
        area = IndicatorCohorts.create(dataSource);
        try {
            // exit 2024 Q1: employed in Q2 (2024 Q3), not in Q4 (2025 Q1); trained, credential within the year
            p1 = area.participant("One", "ADULT", d("2023-10-01"), d("2024-02-15"), null, true);
            area.wages(p1, 2024, 3, "8000.00");
            area.training(p1, "OCCUPATIONAL_SKILLS", d("2023-11-01"), d("2024-01-31"));
            area.credential(p1, "OCCUPATIONAL_CERTIFICATE", d("2024-12-01"));
            // exit 2024 Q2: employed Q2 (2024 Q4) and Q4 (2025 Q2); no training: not in the credential cohort
            Period p2 = area.participant("Two", "ADULT", d("2024-01-10"), d("2024-05-20"), null, true);
            area.wages(p2, 2024, 4, "6000.00");
            area.wages(p2, 2025, 2, "5000.00");
            // exit 2024 Q3: no wages
            p3 = area.participant("Three", "DISLOCATED_WORKER", d("2024-03-01"), d("2024-08-01"), null, false);
            // exit 2024 Q1, deceased (PIRL 923 code 03): in no cohort although employed
            p4 = area.participant("Four", "ADULT", d("2023-10-01"), d("2024-03-10"), "DECEASED", false);
            area.wages(p4, 2024, 3, "9000.00");
            // youth, exit 2023 Q4: diploma counts with wages in Q1 after exit; employed in Q4 (2024 Q4)
            Period p5 = area.participant("Five", "YOUTH_OUT_OF_SCHOOL", d("2023-09-01"), d("2023-12-20"), null, false);
            area.training(p5, "YOUTH_OCCUPATIONAL_SKILLS", d("2023-09-15"), d("2023-12-15"));
            area.credential(p5, "SECONDARY_DIPLOMA", d("2023-12-01"));
            area.wages(p5, 2024, 1, "1500.00");
            area.wages(p5, 2024, 4, "3000.00");
            // exit 2024 Q2 after OJT (not in the credential cohort); 0 wages is not employment
            Period p6 = area.participant("Six", "ADULT", d("2024-01-02"), d("2024-04-15"), null, false);
            area.training(p6, "ON_THE_JOB", d("2024-01-05"), d("2024-04-01"));
            area.wages(p6, 2024, 4, "0.00");
            // open, in training, a skill gain in 2025: the skill-gain cohort and numerator
            Period p7 = area.participant("Seven", "ADULT", d("2025-02-01"), null, null, true);
            area.training(p7, "OCCUPATIONAL_SKILLS", d("2025-02-10"), null);
            area.skillGain(p7, "TRAINING_MILESTONE", d("2025-06-01"));
            // open, no education or training: not in the skill-gain cohort
            area.participant("Eight", "DISLOCATED_WORKER", d("2025-03-01"), null, null, false);
            // open, adult education ended in May, no gain: denominator only
            Period p9 = area.participant("Nine", "ADULT", d("2025-01-15"), null, null, false);
            area.training(p9, "ABE_ESL_WITH_TRAINING", d("2025-01-20"), d("2025-05-01"));
            // Wagner-Peyser, exit 2024 Q2: employment Q2 only, no credential indicator
            Period p10 = area.participant("Ten", "WAGNER_PEYSER", d("2024-02-01"), d("2024-06-30"), null, false);
            area.wages(p10, 2024, 4, "4000.00");
            area.training(p10, "OCCUPATIONAL_SKILLS", d("2024-02-05"), d("2024-05-01"));
            // exit 2024 Q1 after training; credential 13 months after exit: too late
            Period p11 = area.participant("Eleven", "ADULT", d("2023-08-01"), d("2024-01-20"), null, false);
            area.training(p11, "OCCUPATIONAL_SKILLS", d("2023-08-15"), d("2024-01-10"));
            area.credential(p11, "ASSOCIATE_DEGREE", d("2025-03-01"));
            // supplemental evidence (TEGL 10-16, Change 1): a follow-up contact finding employment in Q2
            Period p12 = area.participant("Twelve", "DISLOCATED_WORKER", d("2024-03-01"), d("2024-08-10"), null, false);
            area.contact(p12, "DISLOCATED_WORKER", d("2024-08-10"), 2, "EMPLOYED", null);
            // a youth in postsecondary education in Q2 after exit (not employed): a youth success
            Period p13 =
                    area.participant("Thirteen", "YOUTH_OUT_OF_SCHOOL", d("2023-10-01"), d("2024-02-01"), null, false);
            area.contact(p13, "YOUTH_OUT_OF_SCHOOL", d("2024-02-01"), 2, "NOT_EMPLOYED", "POSTSECONDARY_EDUCATION");
        } finally {
            area.close();
        }
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    @DisplayName("TEGL 10-16: the exact numerators and denominators of an area's five indicators")
    void exactFigures() throws Exception {
        JsonObject report = ok(Api.get(path("state=KY&lwdaId=" + area.lwdaId + "&quarter=2025Q4"), "state-admin"));
        JsonObject total = report.getJsonObject("total");
        assertFigure(total, "EMPLOYMENT_Q2", 5, 8, "62.5");
        assertFigure(total, "EMPLOYMENT_Q4", 2, 7, "28.6");
        assertFigure(total, "CREDENTIAL_RATE", 2, 3, "66.7");
        assertFigure(total, "MEASURABLE_SKILL_GAINS", 1, 2, "50.0");
        JsonObject median = figure(total, "MEDIAN_EARNINGS_Q2");
        assertThat(median.getJsonNumber("median").bigDecimalValue()).isEqualByComparingTo("6000.00");
        assertThat(median.getInt("denominator"))
                .as("P1, P2 and P10 had 2nd-quarter wages")
                .isEqualTo(3);
        assertThat(figure(total, "EMPLOYMENT_Q2").getString("window")).isEqualTo("2024 Q1 to 2024 Q4");

        JsonObject adult = row(report, "ADULT");
        assertFigure(adult, "EMPLOYMENT_Q2", 2, 4, "50.0");
        assertFigure(row(report, "WAGNER_PEYSER"), "EMPLOYMENT_Q2", 1, 1, "100.0");
        assertFigure(row(report, "WAGNER_PEYSER"), "CREDENTIAL_RATE", 0, 0, null);
        assertFigure(row(report, "YOUTH"), "EMPLOYMENT_Q4", 1, 2, "50.0");
        assertFigure(row(report, "YOUTH"), "EMPLOYMENT_Q2", 1, 1, "100.0");
        assertFigure(row(report, "DISLOCATED_WORKER"), "EMPLOYMENT_Q2", 1, 2, "50.0");
        assertFigure(row(report, "YOUTH"), "CREDENTIAL_RATE", 1, 1, "100.0");

        JsonObject byCaseManager =
                ok(Api.get(path("lwdaId=" + area.lwdaId + "&quarter=2025Q4&breakdown=CASE_MANAGER"), "state-admin"));
        assertFigure(row(byCaseManager, String.valueOf(area.caseManagerId)), "EMPLOYMENT_Q2", 2, 2, "100.0");
        assertFigure(row(byCaseManager, "-"), "EMPLOYMENT_Q2", 3, 6, "50.0");
    }

    @Test
    @DisplayName("a figure drills down to the participants behind it; exclusions are not among them")
    void drillDown() throws Exception {
        JsonObject list = ok(Api.get(
                "/reports/indicators/participants?lwdaId=" + area.lwdaId + "&quarter=2025Q4&indicator=EMPLOYMENT_Q2",
                "monitor"));
        assertThat(list.getInt("total")).isEqualTo(8);
        List<JsonObject> rows = list.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows)
                .extracting(r -> r.getJsonNumber("participantId").longValue())
                .contains(p1.participantId(), p3.participantId())
                .doesNotContain(p4.participantId());
        assertThat(rows)
                .filteredOn(r -> r.getJsonNumber("participantId").longValue() == p1.participantId())
                .singleElement()
                .satisfies(r -> assertThat(r.getBoolean("success")).isTrue());
        assertThat(rows)
                .filteredOn(r -> r.getJsonNumber("participantId").longValue() == p3.participantId())
                .singleElement()
                .satisfies(r -> assertThat(r.getBoolean("success")).isFalse());
        JsonObject youth = ok(Api.get(
                "/reports/indicators/participants?lwdaId=" + area.lwdaId
                        + "&quarter=2025Q4&indicator=CREDENTIAL_RATE&breakdown=PROGRAM&key=YOUTH",
                "state-admin"));
        assertThat(youth.getInt("total")).isEqualTo(1);
        assertThat(youth.getString("groupLabel")).isEqualTo("Youth");
    }

    @Test
    @DisplayName("an LWDA admin reads their own area only; a case manager their own caseload only")
    void scope() throws Exception {
        JsonObject own = ok(Api.get(path("quarter=2025Q4"), area.admin));
        assertFigure(own.getJsonObject("total"), "EMPLOYMENT_Q2", 5, 8, "62.5");
        assertThat(own.getJsonNumber("lwdaId").longValue()).isEqualTo(area.lwdaId);
        long bluegrass = bluegrassId();
        assertProblem(Api.get(path("quarter=2025Q4&lwdaId=" + bluegrass), area.admin), 403, "lwdaId");
        assertProblem(Api.get(path("quarter=2025Q4&lwdaId=" + area.lwdaId), "admin-bluegrass"), 403, "lwdaId");
        assertProblem(Api.get(path("quarter=2025Q4&state=GA"), "admin-bluegrass"), 403, "state");

        JsonObject caseload = ok(Api.get(path("quarter=2025Q4"), area.caseManager));
        JsonObject total = caseload.getJsonObject("total");
        assertFigure(total, "EMPLOYMENT_Q2", 2, 2, "100.0");
        assertFigure(total, "CREDENTIAL_RATE", 1, 1, "100.0");
        assertFigure(total, "MEASURABLE_SKILL_GAINS", 1, 1, "100.0");
        JsonObject list = ok(
                Api.get("/reports/indicators/participants?quarter=2025Q4&indicator=EMPLOYMENT_Q2", area.caseManager));
        assertThat(list.getJsonArray("rows").getValuesAs(JsonObject.class))
                .allSatisfy(r -> assertThat(r.getString("caseManagerName")).isEqualTo("Carl Caseload"));
        JsonObject other =
                ok(Api.get("/reports/indicators/participants?quarter=2025Q4&indicator=EMPLOYMENT_Q2", "cm-bluegrass"));
        assertThat(other.getJsonArray("rows").getValuesAs(JsonObject.class))
                .noneSatisfy(r ->
                        assertThat(r.getJsonNumber("participantId").longValue()).isEqualTo(p1.participantId()));
    }

    @Test
    @DisplayName("a future or malformed quarter, an unknown state, program or LWDA answer 400 naming the field")
    void badInput() throws Exception {
        String next = (LocalDate.now().getYear() + 1) + "Q1";
        assertProblem(Api.get(path("quarter=" + next), "state-admin"), 400, "quarter");
        assertProblem(Api.get(path("quarter=2025Q5"), "state-admin"), 400, "quarter");
        assertProblem(Api.get(path("quarter=last"), "state-admin"), 400, "quarter");
        assertProblem(Api.get(path("state=ZZ"), "state-admin"), 400, "state");
        assertProblem(Api.get(path("program=ASTRONAUT"), "state-admin"), 400, "program");
        assertProblem(Api.get(path("lwdaId=999999999999"), "state-admin"), 400, "lwdaId");
        assertProblem(Api.get(path("lwdaId=abc"), "state-admin"), 400, "lwdaId");
        assertProblem(Api.get(path("state=GA&lwdaId=" + area.lwdaId), "state-admin"), 400, "lwdaId");
        assertProblem(Api.get("/reports/indicators/participants?indicator=NOPE", "state-admin"), 400, "indicator");
    }

    @Test
    @DisplayName("the activity tables of a quarter count the area's enrollments and training services")
    void activityTables() throws Exception {
        JsonObject enrollments =
                ok(Api.get("/reports/tables/enrollments?lwdaId=" + area.lwdaId + "&quarter=2025Q1", "state-admin"));
        assertThat(enrollments.getJsonArray("rows").getValuesAs(jakarta.json.JsonArray.class))
                .extracting(
                        r -> r.getString(1) + " entered " + r.getJsonNumber(2).longValue())
                .containsExactlyInAnyOrder("Adult entered 2", "Dislocated Worker entered 1");
        JsonObject services =
                ok(Api.get("/reports/tables/services?lwdaId=" + area.lwdaId + "&quarter=2025Q1", area.admin));
        assertThat(services.getJsonArray("rows").getValuesAs(jakarta.json.JsonArray.class))
                .singleElement()
                .satisfies(r -> assertThat(r.getJsonNumber(1).longValue())
                        .as("P7's and P9's trainings")
                        .isEqualTo(2));
        assertProblem(Api.get("/reports/tables/nonsense?quarter=2025Q1", "state-admin"), 400, "table");
    }

    private long bluegrassId() throws Exception {
        return Json.createReader(new StringReader(
                        Api.get("/reference/lwdas", "state-admin").body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(l -> l.getString("name").startsWith("Bluegrass"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static String path(String query) {
        return "/reports/indicators?" + query;
    }

    private static String ok200(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(field);
    }

    private static JsonObject row(JsonObject report, String key) {
        return report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + report));
    }

    private static JsonObject figure(JsonObject row, String indicator) {
        return row.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("indicator").equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    private static void assertFigure(JsonObject row, String indicator, int numerator, int denominator, String rate) {
        JsonObject f = figure(row, indicator);
        assertThat(f.getInt("numerator")).as(indicator + " numerator in " + row).isEqualTo(numerator);
        assertThat(f.getInt("denominator"))
                .as(indicator + " denominator in " + row)
                .isEqualTo(denominator);
        if (rate == null) {
            assertThat(!f.containsKey("rate") || f.isNull("rate")).isTrue();
        } else {
            assertThat(f.getJsonNumber("rate").bigDecimalValue()).isEqualByComparingTo(rate);
        }
    }
}
