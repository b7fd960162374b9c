package org.waypoint.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/**
 * Participants and reference data for the training and supportive-service tests, made through the
 * API: an Adult enrolled in Bluegrass with a signed IEP (Kentucky lets training start only after
 * one, KY 24-003), a new Eligible Training Provider List program of this run, and Bluegrass's ITA
 * cap (set where the database has none, as on a production start).
 */
public final class Trainees {

    private static final String COMPLETE_KENTUCKY_IEP =
            """
            {"participantTookPart":true,
             "goals":[{"term":"LONG","soc":"31-9091","occupation":"Dental Assistants",
                       "justification":"Grows 9.2% in Bluegrass; worked the front desk of a clinic"}],
             "lmiReviewId":LMI,
             "industrySectors":["Healthcare"],
             "strengths":"Reliable; bilingual",
             "goalsAndChallenges":"A full-time job with benefits within a year",
             "stressorsAndChallenges":"Evening child care",
             "barriers":["single parent"],
             "services":[{"type":"INDIVIDUALIZED_CAREER","description":"Career counseling","provider":"Lexington KCC",
                          "wioaFunded":true,"plannedStart":"2026-12-01","status":"planned"}],
             "objectives":[{"benchmark":"Complete a resume","measure":"Resume reviewed by staff",
                            "targetDate":"2027-01-15","status":"PLANNED"}],
             "careerPathway":["Dental receptionist","Dental assistant"],
             "providerInformation":"ETPL dental assisting programs: BCTC, Galen College",
             "followUpPlan":"Monthly contact for 12 months"}""";

    private Trainees() {}

    /** An Adult enrolled today in Bluegrass, without a plan. */
    public static long enrolledAdult() throws Exception {
        return Participants.eligibleAdult();
    }

    /** An Adult enrolled today in Bluegrass whose IEP is signed. */
    public static long withSignedPlan() throws Exception {
        long participant = Participants.eligibleAdult();
        signIep(participant);
        return participant;
    }

    /** Starts, completes and signs an IEP for the participant. */
    public static void signIep(long participant) throws Exception {
        completeAndSign(participant, startIep(participant));
    }

    /** Starts an IEP for the participant (a draft) and answers it. */
    public static JsonObject startIep(long participant) throws Exception {
        return json(Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"));
    }

    /**
     * Answers a started IEP as Kentucky requires, except that the participant took part and the
     * career pathway: what a browser test then does itself. Answers the plan's id.
     */
    public static long fillIepButParticipationAndPathway(long participant, JsonObject plan) throws Exception {
        long planId = plan.getJsonNumber("id").longValue();
        long lmi = Participants.dentalAssistantLmi(participant);
        String content = COMPLETE_KENTUCKY_IEP
                .replace("LMI", String.valueOf(lmi))
                .replace("\"participantTookPart\":true", "\"participantTookPart\":false")
                .replace("\"careerPathway\":[\"Dental receptionist\",\"Dental assistant\"]", "\"careerPathway\":[]");
        HttpResponse<String> filled = Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":" + plan.getJsonNumber("versionLock") + ",\"content\":" + content + "}");
        assertThat(filled.statusCode()).as(filled.body()).isEqualTo(200);
        return planId;
    }

    /** Completes a started IEP as Kentucky requires and signs it. */
    public static void completeAndSign(long participant, JsonObject plan) throws Exception {
        long planId = plan.getJsonNumber("id").longValue();
        long lmi = Participants.dentalAssistantLmi(participant);
        HttpResponse<String> filled = Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":" + plan.getJsonNumber("versionLock") + ",\"content\":"
                        + COMPLETE_KENTUCKY_IEP.replace("LMI", String.valueOf(lmi)) + "}");
        assertThat(filled.statusCode()).as(filled.body()).isEqualTo(200);
        HttpResponse<String> signed = Api.post(
                "/plans/" + planId + "/signatures",
                "cm-bluegrass",
                "{\"versionLock\":" + json(filled).getJsonNumber("versionLock") + ","
                        + "\"participant\":{\"name\":\"Renee Planner\",\"consent\":true},"
                        + "\"staff\":{\"name\":\"Casey Morgan\",\"drawing\":\"" + Documents.drawnSignature() + "\"},"
                        + "\"copyOffered\":true}");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
    }

    /** A new active Kentucky ETPL program, unique to this run. */
    public static long etplProgram(String program) throws Exception {
        HttpResponse<String> created = Api.post(
                "/reference/training-programs",
                "state-admin",
                "{\"stateCode\":\"KY\",\"provider\":\"Waypoint Test College\",\"program\":\"" + program + "\","
                        + "\"cipCode\":\"51.0601\",\"cost\":4200,\"lengthWeeks\":36,"
                        + "\"credential\":\"Certificate\",\"delivery\":\"IN_PERSON\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    /** Bluegrass's ITA cap; 7,500 dollars set first where it has none. */
    public static BigDecimal bluegrassCap() throws Exception {
        long bluegrass =
                json(Api.get("/me", "admin-bluegrass")).getJsonNumber("lwdaId").longValue();
        String path = "/reference/lwdas/" + bluegrass + "/ita-limit";
        JsonObject cap = json(Api.get(path, "admin-bluegrass"));
        if (!cap.containsKey("itaLimit") || cap.isNull("itaLimit")) { // no cap: the answer leaves it out
            cap = json(Api.put(
                    path,
                    "admin-bluegrass",
                    "{\"versionLock\":" + cap.getJsonNumber("versionLock") + ",\"itaLimit\":7500.00}"));
        }
        return cap.getJsonNumber("itaLimit").bigDecimalValue();
    }

    /**
     * Bluegrass's limit on transportation per participant and program year, set by its admin to
     * {@code dollars}; answers the limit as saved.
     */
    public static JsonObject transportationLimit(int dollars) throws Exception {
        String path =
                "/lwdas/" + json(Api.get("/me", "admin-bluegrass")).getJsonNumber("lwdaId") + "/supportive-limits";
        JsonObject current = transportation(Api.get(path, "admin-bluegrass"));
        String version =
                current == null ? "null" : current.getJsonNumber("version").toString();
        HttpResponse<String> saved = Api.put(
                path,
                "admin-bluegrass",
                "{\"serviceCode\":\"SUP-TRANSPORTATION\",\"annualAmount\":" + dollars + ",\"version\":" + version
                        + "}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return transportation(saved);
    }

    private static JsonObject transportation(HttpResponse<String> limits) {
        assertThat(limits.statusCode()).as(limits.body()).isEqualTo(200);
        return jakarta.json.Json.createReader(new java.io.StringReader(limits.body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(l -> "SUP-TRANSPORTATION".equals(l.getString("serviceCode", null)))
                .findFirst()
                .orElse(null);
    }

    /** Body of an ITA-paid occupational skills training of {@code program} starting today. */
    public static String ita(long program, BigDecimal amount) {
        return "{\"serviceCode\":\"TR-ITA\",\"trainingProgramId\":" + program
                + ",\"trainingType\":\"OCCUPATIONAL_SKILLS\",\"startDate\":\"" + LocalDate.now()
                + "\",\"plannedEnd\":\"" + LocalDate.now().plusWeeks(36) + "\",\"itaAmount\":" + amount.toPlainString()
                + ",\"otherAidConsidered\":true,\"otherAidAmount\":0,\"aidNote\":\"Pell: not eligible\"}";
    }

    /** Records a training and checks it was created. */
    public static JsonObject addTraining(long participant, String body) throws Exception {
        HttpResponse<String> created = Api.post("/participants/" + participant + "/training", "cm-bluegrass", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Participants.json(response);
    }
}
