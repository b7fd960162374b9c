package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import org.waypoint.it.support.Trainees;

/**
 * Training and ITAs over the REST API (issue 14): Kentucky's gate (no training before a signed
 * IEP/ISS), a training recorded from the ETPL as a service record of its TRAINING code, changed with
 * optimistic locking (a stale change names who saved first, from the audit trail), bad input
 * answered 400 naming the field with nothing saved, ITA payments within the obligation and the
 * local cap summed over all the participant's ITAs, two payments at the same moment of which only
 * the one that fits is kept, and the LWDA rule.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("Kentucky 24-003: no training before the IEP is signed, nor starting before the day it was"
            + " signed; after signing it is recorded as a service")
    void trainingWaitsForTheSignedPlan() throws Exception {
        long program = Trainees.etplProgram("Phlebotomy " + System.nanoTime());
        long participant = Trainees.enrolledAdult();
        String body = Trainees.ita(program, new BigDecimal("3000"));

        HttpResponse<String> early = Api.post("/participants/" + participant + "/training", "cm-bluegrass", body);
        assertFields(early, "plan");
        assertThat(early.body()).contains("Kentucky");
        assertThat(trainings(participant)).as("nothing saved").isEmpty();

        Trainees.signIep(participant);
        String yesterday = "\"startDate\":\"" + LocalDate.now().minusDays(1) + "\"";
        HttpResponse<String> beforeSigning = Api.post(
                "/participants/" + participant + "/training",
                "cm-bluegrass",
                body.replace("\"startDate\":\"" + LocalDate.now() + "\"", yesterday));
        assertFields(beforeSigning, "startDate");
        assertThat(trainings(participant)).as("nothing saved").isEmpty();

        JsonObject training = Trainees.addTraining(participant, body);
        assertThat(training.getString("serviceCode")).isEqualTo("TR-ITA");
        assertThat(training.getString("serviceStatus")).isEqualTo("IN_PROGRESS");
        assertThat(training.getString("program"))
                .as("funded by the enrollment's program")
                .isEqualTo("ADULT");
        assertThat(training.getString("provider")).isEqualTo("Waypoint Test College");
        JsonObject period = Json.createReader(new StringReader(
                        Api.get("/participants/" + participant + "/services/enrollments", "cm-bluegrass")
                                .body()))
                .readArray()
                .getJsonObject(0);
        assertThat(period.getString("participationDate"))
                .as("training started today is the first participation-level service (20 CFR 677.150(a))")
                .isEqualTo(LocalDate.now().toString());
        assertThat(training.getJsonNumber("serviceRecordId")).isNotNull();
        assertThat(trainings(participant).getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(t -> assertThat(t.getJsonNumber("itaAmount").bigDecimalValue())
                        .isEqualByComparingTo("3000"));
    }

    @Test
    @DisplayName("bad input answers 400 naming the field, with nothing saved")
    void badInputIsRefusedNamingTheField() throws Exception {
        long program = Trainees.etplProgram("Welding " + System.nanoTime());
        long participant = Trainees.withSignedPlan();
        String good = Trainees.ita(program, new BigDecimal("1000"));
        String start = "\"startDate\":\"" + LocalDate.now() + "\"";

        assertFields(
                post(
                        participant,
                        good.replace(
                                "\"plannedEnd\":\"" + LocalDate.now().plusWeeks(36),
                                "\"plannedEnd\":\"" + LocalDate.now().minusDays(1))),
                "plannedEnd");
        assertFields(
                post(participant, good.replace("\"trainingProgramId\":" + program, "\"trainingProgramId\":987654321")),
                "trainingProgramId");
        assertFields(post(participant, good.replace("TR-ITA", "TR-NO-SUCH")), "serviceCode");
        assertFields(post(participant, good.replace("TR-ITA", "SUP-CHILD-CARE")), "serviceCode");
        assertFields(post(participant, good.replace("\"itaAmount\":1000", "\"itaAmount\":-1")), "itaAmount");
        BigDecimal cap = Trainees.bluegrassCap();
        assertFields(post(participant, Trainees.ita(program, cap.add(BigDecimal.ONE))), "itaAmount");
        assertFields(
                post(participant, good.replace("\"otherAidConsidered\":true", "\"otherAidConsidered\":false")),
                "otherAidConsidered");
        assertFields(post(participant, good.replace(start, "\"startDate\":\"someday\"")), "startDate");

        String deactivated = "Retired course " + System.nanoTime();
        long retired = Trainees.etplProgram(deactivated);
        JsonObject loaded = Trainees.json(Api.get("/reference/training-programs/" + retired, "state-admin"));
        HttpResponse<String> off = Api.put(
                "/reference/training-programs/" + retired,
                "state-admin",
                loaded.toString().replace("\"active\":true", "\"active\":false"));
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertFields(post(participant, Trainees.ita(retired, new BigDecimal("10"))), "trainingProgramId");

        // a TRAINING code that only the Dislocated Worker program may fund, for an Adult
        String dwOnly =
                "TR-DW" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        HttpResponse<String> code = Api.post(
                "/reference/service-catalog",
                "state-admin",
                "{\"stateCode\":\"KY\",\"code\":\"" + dwOnly + "\",\"name\":\"Dislocated worker retraining\","
                        + "\"category\":\"TRAINING\",\"programs\":[\"DISLOCATED_WORKER\"],\"participationLevel\":true,"
                        + "\"keepsExitClock\":true,\"pirlElements\":[1300]}");
        assertThat(code.statusCode()).as(code.body()).isEqualTo(201);
        HttpResponse<String> notFundable = post(participant, good.replace("TR-ITA", dwOnly));
        assertFields(notFundable, "serviceCode");
        assertThat(notFundable.body()).contains("dislocated worker");

        assertThat(trainings(participant)).as("nothing saved").isEmpty();
    }

    @Test
    @DisplayName("a change needs the version loaded: ending the training completes its service; a stale one is 409")
    void aChangeIsOptimisticallyLocked() throws Exception {
        long program = Trainees.etplProgram("CDL " + System.nanoTime());
        long participant = Trainees.withSignedPlan();
        JsonObject training = Trainees.addTraining(participant, Trainees.ita(program, new BigDecimal("2000")));
        long id = training.getJsonNumber("id").longValue();
        long version = training.getJsonNumber("version").longValue();
        String ended = Trainees.ita(program, new BigDecimal("2000"))
                .replace("}", ",\"actualEnd\":\"" + LocalDate.now() + "\",\"outcome\":\"COMPLETED_WITH_CREDENTIAL\"");

        HttpResponse<String> changed =
                Api.put("/training/" + id, "cm-bluegrass", ended + ",\"version\":" + version + "}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Trainees.json(changed).getString("serviceStatus")).isEqualTo("COMPLETED_SUCCESSFUL");
        assertThat(Trainees.json(changed).getString("outcome")).isEqualTo("COMPLETED_WITH_CREDENTIAL");

        HttpResponse<String> stale =
                Api.put("/training/" + id, "admin-bluegrass", ended + ",\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Trainees.json(stale).getString("detail"))
                .as("from the audit trail")
                .contains("cm-bluegrass");
    }

    @Test
    @DisplayName("20 CFR 680.310: payments over all the participant's ITAs stay within the cap, also when sent at once")
    void paymentsStayWithinTheCap() throws Exception {
        BigDecimal cap = Trainees.bluegrassCap();
        long program = Trainees.etplProgram("Medical coding " + System.nanoTime());
        long participant = Trainees.withSignedPlan();
        long first = Trainees.addTraining(participant, Trainees.ita(program, cap))
                .getJsonNumber("id")
                .longValue();
        long second = Trainees.addTraining(participant, Trainees.ita(program, new BigDecimal("500")))
                .getJsonNumber("id")
                .longValue();

        HttpResponse<String> paid = pay(first, cap.subtract(new BigDecimal("100")));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
        HttpResponse<String> overCap = pay(second, new BigDecimal("200"));
        assertFields(overCap, "amount");
        assertThat(overCap.body()).contains("680.310");
        assertFields(pay(first, new BigDecimal("0")), "amount");

        List<HttpResponse<String>> atOnce = AtOnce.run(List.<Callable<HttpResponse<String>>>of(
                () -> pay(first, new BigDecimal("60")), () -> pay(second, new BigDecimal("60"))));
        assertThat(atOnce).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 400);

        BigDecimal total = trainings(participant).getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("paid").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total)
                .as("only the payment that fit was kept")
                .isEqualByComparingTo(cap.subtract(new BigDecimal("40")));
    }

    @Test
    @DisplayName("another LWDA's case manager neither sees nor changes a training; a monitor only reads")
    void theLwdaRule() throws Exception {
        long program = Trainees.etplProgram("HVAC " + System.nanoTime());
        long participant = Trainees.withSignedPlan();
        String body = Trainees.ita(program, new BigDecimal("800"));
        JsonObject training = Trainees.addTraining(participant, body);
        long id = training.getJsonNumber("id").longValue();

        assertThat(Api.get("/participants/" + participant + "/training", "cm-kentuckiana")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post("/participants/" + participant + "/training", "cm-kentuckiana", body)
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.put("/training/" + id, "cm-kentuckiana", body.replace("}", ",\"version\":1}"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post("/training/" + id + "/payments", "cm-kentuckiana", payment(new BigDecimal("10")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.get("/participants/" + participant + "/training", "monitor")
                        .statusCode())
                .isEqualTo(200);
        assertThat(Api.post("/training/" + id + "/payments", "monitor", payment(new BigDecimal("10")))
                        .statusCode())
                .isEqualTo(403);
        assertThat(trainings(participant).getJsonObject(0).getJsonNumber("paid").bigDecimalValue())
                .isEqualByComparingTo("0");
    }

    private static HttpResponse<String> post(long participant, String body) throws Exception {
        return Api.post("/participants/" + participant + "/training", "cm-bluegrass", body);
    }

    private static HttpResponse<String> pay(long training, BigDecimal amount) throws Exception {
        return Api.post("/training/" + training + "/payments", "cm-bluegrass", payment(amount));
    }

    private static String payment(BigDecimal amount) {
        return "{\"paidOn\":\"" + LocalDate.now() + "\",\"amount\":" + amount.toPlainString()
                + ",\"note\":\"Tuition invoice\"}";
    }

    private static JsonArray trainings(long participant) throws Exception {
        HttpResponse<String> list = Api.get("/participants/" + participant + "/training", "cm-bluegrass");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Json.createReader(new StringReader(list.body())).readArray();
    }

    /** A 400 problem naming exactly these fields. */
    static void assertFields(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonObject problem = Trainees.json(response);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder(fields);
    }
}
