package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
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
 * Issue 13's plan checks as the completeness API answers them on the real server: training tied to
 * the findings, an ETPL program, local demand and other aid; Kentucky's LMI section; youth program
 * elements and a reused strategy's date refused at the door; reviews due from the plan's start.
 */
@ExtendWith(ArquillianExtension.class)
class PlanChecksApiIT {

    private static final String KENTUCKY_IEP_WITH_TRAINING =
            """
            {"participantTookPart":true,
             "goals":[{"term":"LONG","soc":"SOC","occupation":"Dental Assistants","justification":"Clinic work"}],
             "lmiReviewId":LMI,
             "industrySectors":["Healthcare"],
             "strengths":"Reliable","goalsAndChallenges":"Full-time work","stressorsAndChallenges":"Child care",
             "barriers":["single parent"],
             "services":[{"type":"TRAINING","description":"Dental assisting certificate","provider":"BCTC",
                          "wioaFunded":true,"plannedStart":"2027-01-10"}],
             "objectives":[{"benchmark":"Earn the certificate","measure":"Certificate","targetDate":"2027-06-30",
                            "status":"PLANNED"}],
             "careerPathway":["Dental assistant"],
             "providerInformation":"ETPL dental assisting programs",
             "followUpPlan":"Monthly contact"
             TRAINING}""";

    private static final String FINDINGS_AND_PROGRAM =
            """
            ,"needForTraining":{"lacksMarketableCredential":true,"credentialDocumentation":"No credential",
                                "unlikelyWithoutTraining":true,"unlikelyDocumentation":"Six months of search",
                                "needsTraining":true,"needsDocumentation":"Goal needs the certificate",
                                "hasSkillsToSucceed":true,"skillsDocumentation":"TABE reading 9"},
             "trainingPlan":{"programId":PROGRAM,"provider":"BCTC","program":"Dental Assisting","cost":3200,
                             "otherAidConsidered":"Pell Grant applied for"}""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    @DisplayName("680.210(a) findings, KY 24-003 credential, ETPL (WIOA 122), 680.210(b) demand, 680.230 other aid")
    void trainingNeedsTheFindingsAnEtplProgramLocalDemandAndOtherAid() throws Exception {
        long participant = Participants.eligibleAdult();
        long lmi = Participants.dentalAssistantLmi(participant);
        JsonObject plan = create(participant);
        String bare = KENTUCKY_IEP_WITH_TRAINING
                .replace("SOC", "31-9091")
                .replace("LMI", String.valueOf(lmi))
                .replace("TRAINING}", "}");
        JsonObject saved = save(plan, bare);
        assertThat(codes(saved))
                .containsExactly(
                        "LACKS_MARKETABLE_CREDENTIAL",
                        "NEED_FOR_TRAINING",
                        "TRAINING_PLAN",
                        "TRAINING_ON_ETPL",
                        "OTHER_AID_CONSIDERED");
        assertThat(saved.getJsonObject("goalDemand").getString("status"))
                .as("Dental Assistants is on the Bluegrass (demo) local board's list: the link to demand shows")
                .isEqualTo("LOCAL_LIST");

        HttpResponse<String> foreignProgram = Api.put(
                "/plans/" + plan.getJsonNumber("id"),
                "cm-bluegrass",
                body(
                        saved,
                        bare.substring(0, bare.length() - 1) + FINDINGS_AND_PROGRAM.replace("PROGRAM", "-5") + "}"));
        assertThat(foreignProgram.statusCode()).isEqualTo(400);
        assertThat(foreignProgram.body()).contains("trainingPlan.programId");

        String complete = bare.substring(0, bare.length() - 1)
                + FINDINGS_AND_PROGRAM.replace("PROGRAM", String.valueOf(etplProgram())) + "}";
        JsonObject filled = save(saved, complete);
        assertThat(codes(filled)).as(filled.toString()).isEmpty();
        assertThat(codes(json(Api.get("/plans/" + plan.getJsonNumber("id") + "/completeness", "cm-bluegrass"))))
                .isEmpty();
    }

    @Test
    @DisplayName("20 CFR 680.210(b): a goal on no board's list needs its link to employment documented")
    void aGoalOnNoListNeedsItsLinkDocumented() throws Exception {
        long participant = Participants.eligibleAdult();
        JsonObject plan = create(participant);
        String notListed = KENTUCKY_IEP_WITH_TRAINING
                .replace("SOC", "27-1011")
                .replace("\"lmiReviewId\":LMI,", "")
                .replace("TRAINING}", FINDINGS_AND_PROGRAM.replace("PROGRAM", String.valueOf(etplProgram())) + "}");
        JsonObject saved = save(plan, notListed);
        assertThat(saved.getJsonObject("goalDemand").getString("status")).isEqualTo("NOT_LISTED");
        assertThat(saved.getJsonArray("missing").getValuesAs(JsonObject.class))
                .filteredOn(m -> m.getString("element").equals("TRAINING_IN_DEMAND"))
                .singleElement()
                .satisfies(m -> assertThat(m.getString("message")).contains("680.210(b)"));

        JsonObject documented = save(
                saved,
                notListed.replace(
                        "\"otherAidConsidered\":\"Pell Grant applied for\"",
                        "\"otherAidConsidered\":\"Pell Grant applied for\","
                                + "\"demandLink\":\"Will relocate to Louisville; the employer's letter is on file\""));
        assertThat(codes(documented)).doesNotContain("TRAINING_IN_DEMAND");
    }

    @Test
    @DisplayName("Kentucky 24-003 Attachment A: reviewed with the participant, the four figures, the goal's occupation")
    void kentuckysLmiSectionCountsOnlyWhenItIsReallyThere() throws Exception {
        long participant = Participants.eligibleAdult();
        JsonObject plan = create(participant);
        long notReviewed = lmi(participant, "31-9091", false, null);
        long noFigures = lmi(participant, "31-9091", true, "Went over dental assisting together");
        long other = lmi(participant, "31-9092", true, null);
        String iep = KENTUCKY_IEP_WITH_TRAINING.replace("SOC", "31-9091").replace("TRAINING}", "}");

        JsonObject saved = save(plan, iep.replace("LMI", String.valueOf(notReviewed)));
        assertThat(codes(saved)).contains("LMI_REVIEWED_WITH_PARTICIPANT");
        saved = save(saved, iep.replace("LMI", String.valueOf(noFigures)));
        assertThat(codes(saved)).contains("LMI_FIGURES").doesNotContain("LMI_REVIEWED_WITH_PARTICIPANT");
        saved = save(saved, iep.replace("LMI", String.valueOf(other)));
        assertThat(codes(saved)).contains("LMI_GOAL_OCCUPATION").doesNotContain("LMI_FIGURES");
    }

    @Test
    @DisplayName("20 CFR 681.460(a) and 681.420(a)(4): unknown program elements and future strategy dates are refused")
    void anIssRefusesAnUnknownElementAndAFutureStrategyDate() throws Exception {
        long youth = Participants.eligibleYouth(LocalDate.now().minusMonths(1));
        JsonObject iss = json(Api.post("/participants/" + youth + "/plans", "cm-bluegrass", "{\"kind\":\"ISS\"}"));
        HttpResponse<String> fifteen = Api.put(
                "/plans/" + iss.getJsonNumber("id"),
                "cm-bluegrass",
                body(iss, "{\"youth\":{\"programElements\":[4,15]}}"));
        assertThat(fifteen.statusCode()).isEqualTo(400);
        assertThat(fifteen.body()).contains("youth.programElements");
        HttpResponse<String> serviceElement = Api.put(
                "/plans/" + iss.getJsonNumber("id"),
                "cm-bluegrass",
                body(
                        iss,
                        "{\"services\":[{\"type\":\"SUPPORTIVE\",\"description\":\"Bus pass\",\"programElement\":0}]}"));
        assertThat(serviceElement.statusCode()).isEqualTo(400);
        assertThat(serviceElement.body()).contains("services[0].programElement");
        HttpResponse<String> future = Api.put(
                "/plans/" + iss.getJsonNumber("id"),
                "cm-bluegrass",
                body(
                        iss,
                        "{\"youth\":{\"reuse\":{\"program\":\"Job Corps\",\"developedOn\":\""
                                + LocalDate.now().plusDays(3) + "\"}}}"));
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("youth.reuse.developedOn");

        JsonObject unlinked = save(
                iss,
                "{\"services\":[{\"type\":\"SUPPORTIVE\",\"description\":\"Bus pass\",\"provider\":\"Lextran\","
                        + "\"wioaFunded\":true,\"plannedStart\":\"2027-01-10\"}]}");
        assertThat(codes(unlinked)).contains("SERVICE_PROGRAM_ELEMENT", "CAREER_PLANNING", "GOALS_AND_CHALLENGES");
    }

    @Test
    @DisplayName(
            "Kentucky 24-003 (every 90 days): the review falls due from the plan's start, and a draft can be reviewed")
    void aReviewFallsDueFromThePlansStartBeforeSigning() throws Exception {
        JsonObject plan = create(Participants.eligibleAdult());
        assertThat(plan.getString("reviewDue"))
                .isEqualTo(LocalDate.now().plusDays(90).toString());
        assertThat(plan.getString("reviewStatus")).isEqualTo("NOT_DUE");

        HttpResponse<String> review = Api.post(
                "/plans/" + plan.getJsonNumber("id") + "/reviews",
                "cm-bluegrass",
                "{\"reviewedOn\":\"" + LocalDate.now()
                        + "\",\"progress\":\"Draft gone over; still collecting records\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
    }

    private static JsonObject create(long participant) throws Exception {
        HttpResponse<String> created =
                Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    private static JsonObject save(JsonObject plan, String content) throws Exception {
        HttpResponse<String> saved = Api.put("/plans/" + plan.getJsonNumber("id"), "cm-bluegrass", body(plan, content));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return json(saved);
    }

    private static String body(JsonObject plan, String content) {
        return "{\"versionLock\":" + plan.getJsonNumber("versionLock") + ",\"content\":" + content + "}";
    }

    private static long lmi(long participant, String soc, boolean reviewed, String comment) throws Exception {
        HttpResponse<String> saved = Api.post(
                "/participants/" + participant + "/lmi-reviews",
                "cm-bluegrass",
                "{\"areaId\":\"KY-bluegrass\",\"socs\":[\"" + soc + "\"],\"reviewedWithParticipant\":" + reviewed
                        + ",\"marketableSkills\":true,\"currentMarket\":true"
                        + (comment == null ? "" : ",\"lmiComment\":\"" + comment + "\"") + "}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        return json(saved).getJsonNumber("id").longValue();
    }

    /** A program on Kentucky's ETPL: the demo list's first, or one the state admin adds (PostgreSQL has no demo list). */
    private static long etplProgram() throws Exception {
        HttpResponse<String> programs = Api.get("/reference/training-programs?state=KY", "cm-bluegrass");
        JsonArray list = Json.createReader(new StringReader(programs.body())).readArray();
        if (!list.isEmpty()) {
            return list.getJsonObject(0).getJsonNumber("id").longValue();
        }
        HttpResponse<String> added = Api.post(
                "/reference/training-programs",
                "state-admin",
                "{\"stateCode\":\"KY\",\"provider\":\"Bluegrass Community and Technical College\","
                        + "\"program\":\"Dental Assisting\",\"cipCode\":\"51.0601\",\"cost\":3200,"
                        + "\"lengthWeeks\":36,\"credential\":\"Diploma\",\"delivery\":\"IN_PERSON\","
                        + "\"location\":\"Lexington\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return json(added).getJsonNumber("id").longValue();
    }

    private static List<String> codes(JsonObject plan) {
        JsonObject source = plan;
        return source.getJsonArray("missing").getValuesAs(JsonObject.class).stream()
                .map(m -> m.containsKey("code") ? m.getString("code") : m.getString("element"))
                .toList();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Participants.json(response);
    }
}
