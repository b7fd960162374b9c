package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Documents;
import org.waypoint.it.support.Participants;

/**
 * The youth ISS on the real server, on the same machinery as the IEP: who may have one (an
 * eligible youth with a current objective assessment), the youth completeness rules, a recent
 * strategy from another program used instead with its copy attached, signing, the PDF and review.
 */
@ExtendWith(ArquillianExtension.class)
class IssApiIT {

    private static final String COMPLETE_KENTUCKY_ISS =
            """
            {"participantTookPart":true,
             "goals":[{"term":"LONG","soc":"31-9091","occupation":"Dental Assistants",
                       "justification":"Likes hands-on work; grows 9.2% in Bluegrass"}],
             "lmiReviewId":LMI,
             "industrySectors":["Healthcare and Social Assistance"],
             "strengths":"Curious; good with tools",
             "goalsAndChallenges":"A steady job in a clinic; no stable housing yet",
             "stressorsAndChallenges":"No stable housing",
             "barriers":["Homeless"],
             "services":[{"type":"TRAINING","description":"Dental assisting certificate","provider":"BCTC",
                          "wioaFunded":true,"plannedStart":"2027-01-10","programElement":4},
                         {"type":"SUPPORTIVE","description":"Bus pass","provider":"Lextran",
                          "wioaFunded":false,"fundingSource":"Community action agency",
                          "plannedStart":"2027-01-10","programElement":7}],
             "needForTraining":{"lacksMarketableCredential":true,"credentialDocumentation":"No credential",
                                "unlikelyWithoutTraining":true,"unlikelyDocumentation":"Entry jobs need the CDA",
                                "needsTraining":true,"needsDocumentation":"Assessment",
                                "hasSkillsToSucceed":true,"skillsDocumentation":"TABE reading level 5"},
             "trainingPlan":{"provider":"BCTC","program":"Dental Assisting","cost":3200},
             "objectives":[{"benchmark":"Earn a high school equivalency (GED)","measure":"GED transcript",
                            "targetDate":"2027-06-30","status":"PLANNED"}],
             "careerPathway":["GED","Dental assisting certificate","Dental assistant"],
             "youth":{"programElements":[4,7,13],"educationGoal":"GED, then a dental assisting certificate",
                      "nonTraditionalEmployment":false,
                      "careerPlanningNotes":"Toured the BCTC lab",
                      "followUpStrategy":"Monthly calls for 12 months after exit; texts preferred; may decline"}}""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anIssIsForAnEligibleYouthWithACurrentAssessmentOnly() throws Exception {
        long adult = Participants.eligibleAdult();
        assertRefused(adult, "enrolled in Youth");

        long unassessed = Participants.eligibleYouth(null);
        assertRefused(unassessed, "record the assessment first");

        long stale = Participants.eligibleYouth(LocalDate.now().minusMonths(8));
        assertRefused(stale, "older than 6 months");

        long undetermined =
                Participants.register("Sky", LocalDate.now().minusYears(18).toString());
        // Issue 13 item 8: enrolling without an eligible determination is refused (20 CFR 677.150(a)),
        // so an undetermined youth is not enrolled and the ISS is refused for that.
        assertThat(Participants.tryEnroll(undetermined, "YOUTH_OUT_OF_SCHOOL", "cm-bluegrass")
                        .statusCode())
                .isEqualTo(400);
        assertRefused(undetermined, "enrolled in Youth");

        long youth = Participants.eligibleYouth(LocalDate.now().minusMonths(1));
        HttpResponse<String> iep = Api.post("/participants/" + youth + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}");
        assertThat(iep.statusCode())
                .as("a youth-only participant gets an ISS, not an IEP")
                .isEqualTo(400);

        HttpResponse<String> created =
                Api.post("/participants/" + youth + "/plans", "cm-bluegrass", "{\"kind\":\"ISS\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject iss = Participants.json(created);
        assertThat(iss.getString("kind")).isEqualTo("ISS");
        assertThat(iss.getJsonObject("content").getString("strengths"))
                .as("prefilled from the assessment")
                .isEqualTo("Curious; good with tools");
        assertThat(codes(iss))
                .as("Kentucky 24-003 lists sections B and D and the barriers for the IEP/ISS")
                .contains("PROGRAM_ELEMENTS", "EDUCATION_GOAL", "FOLLOW_UP_STRATEGY", "INDUSTRY_SECTORS", "BARRIERS")
                .doesNotContain("RECENT_STRATEGY");
    }

    @Test
    @org.junit.jupiter.api.DisplayName(
            "20 CFR 681.210(c)(1): a dropout found at eligibility leads the new ISS's barriers (issue 19)")
    void theDropoutBarrierOfEligibilityIsCarriedIntoTheIss() throws Exception {
        String born = LocalDate.now().minusYears(18).minusMonths(3).toString();
        long youth = Participants.register("Dre", born);
        Participants.determine(
                youth,
                "YOUTH_OUT_OF_SCHOOL",
                born,
                "\"attendingSchool\":false,\"holdsSecondaryDiploma\":false,\"youthBarriers\":[\"SCHOOL_DROPOUT\"]");
        Participants.enroll(youth, "YOUTH_OUT_OF_SCHOOL");
        HttpResponse<String> assessed = Api.put(
                "/participants/" + youth + "/assessment",
                "cm-bluegrass",
                "{\"assessedOn\":\"" + LocalDate.now() + "\",\"strengths\":\"Fixes bikes\"}");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);

        HttpResponse<String> created =
                Api.post("/participants/" + youth + "/plans", "cm-bluegrass", "{\"kind\":\"ISS\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Participants.json(created)
                        .getJsonObject("content")
                        .getJsonArray("barriers")
                        .getString(0))
                .isEqualTo("School dropout");
    }

    @Test
    void fillSignPrintAndReviewAnIssLinkedToProgramElements() throws Exception {
        long youth = Participants.eligibleYouth(LocalDate.now().minusMonths(1));
        JsonObject iss =
                Participants.json(Api.post("/participants/" + youth + "/plans", "cm-bluegrass", "{\"kind\":\"ISS\"}"));
        long planId = iss.getJsonNumber("id").longValue();
        long lmi = Participants.dentalAssistantLmi(youth);

        JsonObject filled = Participants.json(Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":" + iss.getJsonNumber("versionLock") + ",\"content\":"
                        + COMPLETE_KENTUCKY_ISS.replace("LMI", String.valueOf(lmi)) + "}"));
        assertThat(codes(filled)).as(filled.toString()).isEmpty();

        HttpResponse<String> signed =
                sign(planId, filled.getJsonNumber("versionLock").longValue());
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        String text = Documents.pdfText(Api.getBytes("/plans/" + planId + "/versions/1/pdf", "cm-bluegrass")
                .body());
        assertThat(text)
                .contains(
                        "Individual Service Strategy",
                        "4. Occupational skill training",
                        "7. Supportive services",
                        "13. Labor market",
                        "GED, then a dental assisting certificate",
                        "Monthly calls for 12 months after exit",
                        "Jordan");

        HttpResponse<String> review = Api.post(
                "/plans/" + planId + "/reviews",
                "cm-bluegrass",
                "{\"reviewedOn\":\"" + LocalDate.now() + "\",\"progress\":\"Started GED classes\","
                        + "\"objectives\":[{\"objective\":1,\"benchmark\":\"GED\",\"status\":\"IN_PROGRESS\"}]}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
        assertThat(Participants.json(review).getString("reviewDue"))
                .isEqualTo(LocalDate.now().plusDays(90).toString());
    }

    @Test
    void aRecentStrategyFromAnotherProgramIsUsedInsteadWithItsCopyAttached() throws Exception {
        long youth = Participants.eligibleYouth(LocalDate.now().minusMonths(1));
        JsonObject iss =
                Participants.json(Api.post("/participants/" + youth + "/plans", "cm-bluegrass", "{\"kind\":\"ISS\"}"));
        long planId = iss.getJsonNumber("id").longValue();
        byte[] copy = Api.getBytes("/plans/" + planId + "/versions/1/pdf", "cm-bluegrass")
                .body(); // any PDF stands for the other program's document

        HttpResponse<String> wrongType =
                Api.postBytes("/plans/" + planId + "/documents?fileName=notes.txt", "cm-bluegrass", copy, "text/plain");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        HttpResponse<String> attached = Api.postBytes(
                "/plans/" + planId + "/documents?fileName=job-corps-strategy.pdf",
                "cm-bluegrass",
                copy,
                "application/pdf");
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        long documentId = Participants.json(attached).getJsonNumber("id").longValue();

        String reuse = "{\"program\":\"Job Corps\",\"source\":\"Job Corps Pittsburg center\","
                + "\"developedOn\":\"" + LocalDate.now().minusMonths(2) + "\","
                + "\"determination\":\"Same goals; reviewed with Jordan, still appropriate\",\"documentId\":DOC}";
        String content = "{\"participantTookPart\":true,\"youth\":{\"followUpStrategy\":"
                + "\"Quarterly contact for 12 months; may decline\",\"reuse\":REUSE}}";
        JsonObject withoutCopy = Participants.json(Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":" + iss.getJsonNumber("versionLock") + ",\"content\":"
                        + content.replace("REUSE", reuse.replace("DOC", "null")) + "}"));
        assertThat(codes(withoutCopy)).contains("RECENT_STRATEGY", "EMPLOYMENT_GOAL");

        HttpResponse<String> foreignCopy = Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":" + withoutCopy.getJsonNumber("versionLock") + ",\"content\":"
                        + content.replace("REUSE", reuse.replace("DOC", "-5")) + "}");
        assertThat(foreignCopy.statusCode()).isEqualTo(400);

        JsonObject reused = Participants.json(Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":" + withoutCopy.getJsonNumber("versionLock") + ",\"content\":"
                        + content.replace("REUSE", reuse.replace("DOC", String.valueOf(documentId))) + "}"));
        assertThat(codes(reused))
                .as("the reused strategy stands for the goals, objectives and services")
                .isEmpty();
        assertThat(sign(planId, reused.getJsonNumber("versionLock").longValue()).statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> filedCopy = Api.getBytes("/plans/" + planId + "/documents/" + documentId, "cm-bluegrass");
        assertThat(filedCopy.statusCode()).isEqualTo(200);
        assertThat(filedCopy.body()).isEqualTo(copy);
        assertThat(Api.getBytes("/plans/" + planId + "/documents/" + documentId, "cm-kentuckiana")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Documents.pdfText(Api.getBytes("/plans/" + planId + "/versions/1/pdf", "cm-bluegrass")
                        .body()))
                .contains("Job Corps Pittsburg center", "job-corps-strategy.pdf");
    }

    private static void assertRefused(long participant, String reason) throws Exception {
        HttpResponse<String> refused =
                Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"ISS\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains(reason);
    }

    private static HttpResponse<String> sign(long planId, long lock) throws Exception {
        return Api.post(
                "/plans/" + planId + "/signatures",
                "cm-bluegrass",
                "{\"versionLock\":" + lock + ","
                        + "\"participant\":{\"name\":\"Jordan Planner\",\"drawing\":\"" + Documents.drawnSignature()
                        + "\"},\"staff\":{\"name\":\"Casey Morgan\",\"consent\":true},\"copyOffered\":true}");
    }

    private static List<String> codes(JsonObject plan) {
        return plan.getJsonArray("missing").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("element"))
                .toList();
    }
}
