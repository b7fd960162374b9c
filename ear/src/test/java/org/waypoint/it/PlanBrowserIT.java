package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Documents;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * The IEP as a case manager builds it with a career seeker in a real browser: from the participant
 * page through the steps (each saved on leaving it) with the checklist following along, both
 * signatures, the signed PDF and the version history; and a save refused because a colleague saved
 * first, with what was typed kept.
 */
@ExtendWith(ArquillianExtension.class)
class PlanBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private final Browser browser = SESSION.browser();

    @Test
    void buildSignAndPrintAnIepFromTheParticipantPage() throws Exception {
        long participant = Participants.eligibleAdult();
        Participants.dentalAssistantLmi(participant);
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/participants/view.xhtml?id=" + participant);
        browser.clickText("Plans");
        browser.click("tabs:plans:startIep");
        browser.waitForText("main-title", "Individual Employment Plan");
        assertThat(browser.text("plan:checklistVerdict")).contains("Not complete");
        assertThat(browser.text("plan:missingList")).contains("took part").contains("No employment goal");

        // 1 goals
        browser.tick("plan:steps:tookPart");
        browser.click("plan:steps:addGoal");
        assertThat(selectedTerm()).isEqualTo("Long-term");
        browser.pressOption("plan:steps:goalList:0:term", "Long-term");
        assertThat(selectedTerm())
                .as("clicking the selected term keeps it (issue 19)")
                .isEqualTo("Long-term");
        browser.autocomplete("plan:steps:goalList:0:occupation", "dental assist", "31-9091 Dental Assistants");
        assertThat(browser.text("plan:steps:goalList:0:soc")).isEqualTo("SOC 31-9091");
        browser.type(
                "plan:steps:goalList:0:justification",
                "Grows 9.2% in Bluegrass; she worked the front desk of a dental clinic for three years.");
        browser.screenshot("plan-1-goals");

        // 2 labor market: leaving step 1 saves it
        browser.clickText("2 Labor market");
        assertThat(browser.text("plan:missingList")).doesNotContain("No employment goal");
        browser.chooseContaining("plan:steps:lmiReview", "Bluegrass");
        browser.waitForText("plan:steps:lmiSummary", "Dental Assistants");
        browser.tickOption("plan:steps:sectors", "Healthcare and Social Assistance");

        // 3 strengths and barriers
        browser.clickText("3 Strengths and barriers");
        browser.type("plan:steps:strengths", "Reliable; bilingual; knows dental office software");
        browser.type("plan:steps:goalsAndChallenges", "A full-time job with benefits within a year");
        browser.type("plan:steps:stressors", "Evening child care");
        browser.chip("plan:steps:barriers", "Single parent");

        // 4 training needs
        browser.clickText("4 Training needs");
        browser.type("plan:steps:preEmployment", "Interview practice");
        browser.type("plan:steps:supportive", "Child care during training");

        // 5 services
        browser.clickText("5 Services and training");
        browser.click("plan:steps:addService");
        browser.choose("plan:steps:serviceList:0:type", "Individualized career service");
        browser.type("plan:steps:serviceList:0:description", "Career counseling");
        browser.type("plan:steps:serviceList:0:provider", "Lexington Kentucky Career Center");
        browser.typeAndLeave("plan:steps:serviceList:0:plannedStart_input", "12/01/2026");
        browser.typeAndLeave("plan:steps:serviceList:0:plannedEnd_input", "02/26/2027");
        // WIOA sec. 3(23): the boards' label, shown where training would be linked to demand (680.210(b))
        assertThat(browser.text("plan:steps:trainingDemand"))
                .contains("Official in-demand label")
                .contains("on the Bluegrass local board's in-demand list");
        browser.click("plan:steps:showTimeline");
        browser.waitForText("plan:steps:services", "Career counseling");
        assertThat(browser.exists("plan:steps:timeline"))
                .as("the flow of services")
                .isTrue();
        browser.screenshot("plan-2-services");

        // 6 objectives and pathway
        browser.clickText("6 Objectives and pathway");
        browser.clickButtonText("Complete the training program");
        browser.clickButtonText("Earn a high school equivalency (GED)");
        browser.type("plan:steps:objectiveList:0:measure", "Certificate of completion");
        browser.typeAndLeave("plan:steps:objectiveList:0:targetDate_input", "06/30/2027");
        browser.type("plan:steps:objectiveList:1:measure", "GED transcript");
        browser.typeAndLeave("plan:steps:objectiveList:1:targetDate_input", "03/31/2027");
        browser.click("plan:steps:suggestPathway");
        browser.waitForInputValue("plan:steps:pathway", "Goal: Dental Assistants (31-9091)");
        // Renee has no education on file: Job Zone 1, one related zone-2 job on the way to the zone-3 goal,
        // nothing that needs more preparation than the goal (Kentucky 24-003, career pathway)
        assertThat(browser.attribute("plan:steps:pathwaySteps:0:step", "value"))
                .startsWith("Work as Physical Therapist Aides (31-2022). Preparation: Job Zone 2 (some preparation)")
                .contains("A step up in preparation towards Dental Assistants; O*NET relates them");
        assertThat(browser.attribute("plan:steps:pathwaySteps:1:step", "value"))
                .isEqualTo("Goal: Dental Assistants (31-9091). Preparation: Job Zone 3 (medium preparation), typically"
                        + " entered with: Postsecondary nondegree award. In Bluegrass LWA: median $38,758 a year, 127"
                        + " openings a year. The employment goal: O*NET relates it to Physical Therapist Aides"
                        + " (related, Primary-Long).");
        assertThat(browser.exists("plan:steps:pathwaySteps:2:step")).isFalse();

        // follow-up
        browser.clickText("Follow-up");
        browser.type("plan:steps:providerInformation", "Dental assisting programs on the ETPL: BCTC, Galen College");
        browser.type("plan:steps:followUpPlan", "Monthly calls for 12 months after she starts work");

        // sign: leaving follow-up saves it and the checklist is complete
        browser.clickText("Sign");
        browser.waitForText("plan:checklistVerdict", "Complete");
        browser.screenshot("plan-3-complete");
        assertThat(browser.count("[id='plan:steps:copyOffered'] .ui-chkbox-box.ui-state-active"))
                .as("the copy offered box starts unticked: the case manager ticks it (issue 19)")
                .isZero();
        browser.tick("plan:steps:copyOffered");
        assertThat(browser.count("[id='plan:steps:copyOffered'] .ui-chkbox-box.ui-state-active"))
                .isEqualTo(1);
        browser.draw("plan:steps:participantSignerPad");
        browser.type("plan:steps:staffSignerName", "Casey Morgan");
        browser.tick("plan:steps:staffSignerTyped");
        browser.tick("plan:steps:staffSignerConsent");
        browser.click("plan:steps:sign");
        browser.waitForText("plan:steps:signedLine", "Version 1 was signed");
        assertThat(browser.text("plan:checklistSigned"))
                .as("after signing the checklist says signed, with the date, not ready to sign (issue 19)")
                .startsWith("Signed: version 1 was signed on ");
        assertThat(browser.exists("plan:checklistVerdict")).isFalse();
        assertThat(browser.pageText()).contains("Version 1 is signed");
        assertThat(browser.text("plan:steps:signatures"))
                .contains("Participant: Renee")
                .contains("drawn signature")
                .contains("Staff member: Casey Morgan")
                .contains("typed name with consent");
        browser.screenshot("plan-4-signed");
        // another step: the success message belongs to the signing and does not follow (issue 19)
        browser.clickText("Follow-up");
        browser.clickText("Sign");
        assertThat(messages()).doesNotContain("is signed");

        String signedPdf = browser.attribute("plan:steps:signedPdf", "href");
        HttpResponse<byte[]> pdf = browser.download(signedPdf);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(browser.download(signedPdf.replaceAll("version=\\d+", "version=99"))
                        .statusCode())
                .as("a version the plan does not have")
                .isEqualTo(404);
        assertThat(browser.download(signedPdf.replaceAll("plan=\\d+", "plan=999999999"))
                        .statusCode())
                .as("a plan that does not exist")
                .isEqualTo(404);
        // beside it, the signed plan in either language (issue 19)
        assertThat(browser.text("plan:steps:signedPdfEn")).isEqualTo("English");
        assertThat(browser.text("plan:steps:signedPdfEs")).isEqualTo("Español");
        String spanishPdf = browser.attribute("plan:steps:signedPdfEs", "href");
        assertThat(Documents.pdfText(browser.download(spanishPdf).body()))
                .contains("Plan Individual de Empleo")
                .contains("Firmas");
        assertThat(browser.download(spanishPdf.replace("lang=es", "lang=xx")).statusCode())
                .as("a language the documents are not printed in")
                .isEqualTo(400);
        String text = Documents.pdfText(pdf.body());
        assertThat(text)
                .contains("Individual Employment Plan")
                .contains("Dental Assistants")
                .contains("Career counseling")
                .contains("Casey Morgan")
                .contains("Monthly calls for 12 months")
                .contains("Long-term")
                .contains("Official in-demand label (state or local board)");

        browser.click("plan:toHistory");
        browser.waitForText("main-title", "Versions and reviews");
        assertThat(browser.text("versions"))
                .contains("signed")
                .contains("Casey Morgan")
                .doesNotContain("cm-bluegrass");
        assertThat(browser.attribute("versions:0:versionPdfEs", "href")).contains("lang=es");
        assertThat(browser.text("review:reviews")).contains("No review recorded yet");

        // the review of the signed plan, objective by objective
        browser.choose("review:objectiveProgress:0:objectiveStatus", "In progress");
        browser.type("review:objectiveProgress:0:objectiveNote", "Enrolled for January");
        browser.type("review:progress", "Counseling started; she enrolled in the GED class.");
        browser.click("review:saveReview");
        browser.waitForText("review:reviews", "Counseling started");
        assertThat(browser.text("review:reviews")).contains("In progress").contains("Enrolled for January");
        browser.screenshot("plan-6-review");

        // a change after signing opens version 2; the history shows what changed
        browser.click("toPlan");
        browser.clickText("Follow-up");
        browser.type("plan:steps:followUpPlan", "Calls every two weeks for 12 months after she starts work");
        browser.click("plan:save");
        browser.waitForText("plan:messages", "opened version 2");
        browser.click("plan:toHistory");
        browser.waitForText("main-title", "Versions and reviews");
        assertThat(browser.text("compare:diff"))
                .as("what changed, in words, and only what changed (issue 19)")
                .contains("Follow-up plan: changed from Monthly calls for 12 months after she starts work to Calls"
                        + " every two weeks")
                .doesNotContain("Barriers")
                .doesNotContain("{");
        browser.screenshot("plan-7-history");

        // the participant's change history: words and staff names, no JSON, codes or login ids (issue 19)
        browser.open("/participants/view.xhtml?id=" + participant);
        browser.clickText("Change history");
        assertThat(browser.text("tabs:history"))
                .contains("Casey Morgan")
                .contains("Created")
                .doesNotContain("cm-bluegrass")
                .doesNotContain("{\"")
                .doesNotContain("CREATE")
                .doesNotContain("ADULT");
    }

    @Test
    void aSaveAfterAColleaguesSaveIsRefusedByNameAndKeepsWhatWasTyped() throws Exception {
        long planId = openNewIep();
        browser.clickText("3 Strengths and barriers");

        String lock = Participants.json(Api.get("/plans/" + planId, "admin-bluegrass"))
                .getJsonNumber("versionLock")
                .toString();
        assertThat(Api.put(
                                "/plans/" + planId,
                                "admin-bluegrass",
                                "{\"versionLock\":" + lock + ",\"content\":{\"strengths\":\"Punctual\"}}")
                        .statusCode())
                .isEqualTo(200);

        browser.type("plan:steps:strengths", "Friendly and patient with customers");
        browser.click("plan:save");
        browser.waitForText("plan:conflict", "Someone else saved this plan");
        assertThat(browser.text("plan:messages")).contains("admin-bluegrass");
        assertThat(browser.text("plan:conflictChanges")).contains("Punctual").contains("Friendly and patient");
        assertThat(browser.find("plan:steps:strengths").getAttribute("value"))
                .as("what was typed stays in the form")
                .isEqualTo("Friendly and patient with customers");
        browser.screenshot("plan-5-conflict");

        browser.click("plan:keepMine");
        browser.waitForText("plan:messages", "Plan saved");
        assertThat(Participants.json(Api.get("/plans/" + planId, "cm-bluegrass"))
                        .getJsonObject("content")
                        .getString("strengths"))
                .isEqualTo("Friendly and patient with customers");
    }

    /**
     * Issue 11: all steps are one form, and Enter in a single-line field used to submit it through
     * the form's first button, goal 1's Remove. Enter now saves the draft, whatever the step.
     */
    @Test
    void enterInAnyStepSavesTheDraftAndNeverRemovesAGoal() throws Exception {
        long planId = openNewIep();

        browser.click("plan:steps:addGoal");
        browser.type("plan:steps:goalList:0:cluster", "Health care");
        browser.click("plan:steps:addGoal");
        browser.type("plan:steps:goalList:1:cluster", "Dental support");
        browser.pressEnter("plan:steps:goalList:0:cluster");
        browser.waitForText("plan:messages", "Plan saved");
        assertThat(goals()).isEqualTo(2);

        browser.clickText("5 Services and training");
        browser.click("plan:steps:addService");
        browser.choose("plan:steps:serviceList:0:type", "Individualized career service");
        browser.type("plan:steps:serviceList:0:description", "Career counseling");
        browser.pressEnter("plan:steps:serviceList:0:description");
        browser.waitForText("plan:messages", "Plan saved");

        browser.clickText("6 Objectives and pathway");
        assertThat(messages())
                .as("the saved message stays with its save: the next step does not show it again (issue 19)")
                .doesNotContain("Plan saved");
        browser.clickButtonText("Complete the training program");
        browser.type("plan:steps:objectiveList:0:measure", "Certificate of completion");
        browser.pressEnter("plan:steps:objectiveList:0:measure");

        browser.clickText("Sign");
        browser.type("plan:steps:staffSignerName", "Casey Morgan");
        browser.pressEnter("plan:steps:staffSignerName");
        assertThat(goals()).as("both goals are still there").isEqualTo(2);
        browser.screenshot("plan-6-enter");

        browser.open("/plans/edit.xhtml?id=" + planId);
        assertThat(goals()).as("both goals were saved").isEqualTo(2);
        assertThat(browser.attribute("plan:steps:goalList:1:cluster", "value")).isEqualTo("Dental support");
        // a reopened plan draws a step when it is shown (issue 21)
        assertThat(browser.exists("plan:steps:serviceList:0:description")).isFalse();
        browser.clickText("5 Services and training");
        assertThat(browser.count("input[id='plan:steps:serviceList:0:description'][value='Career counseling']"))
                .isEqualTo(1);
        browser.clickText("6 Objectives and pathway");
        assertThat(browser.count("input[id='plan:steps:objectiveList:0:measure'][value='Certificate of completion']"))
                .isEqualTo(1);
    }

    @Test
    void aGoalWithoutATermIsFlaggedByTheChecklistBeforeSigning() throws Exception {
        long planId = openNewIep();
        put(planId, "{\"goals\":[{\"soc\":\"31-9091\",\"occupation\":\"Dental Assistants\"}]}");

        browser.open("/plans/edit.xhtml?id=" + planId);

        assertThat(browser.text("plan:missingList")).contains("not marked short-term or long-term");
        browser.pressOption("plan:steps:goalList:0:term", "Short-term");
        browser.clickText("2 Labor market");
        assertThat(browser.text("plan:missingList")).doesNotContain("short-term or long-term");
    }

    /**
     * The first load draws only the step shown (issue 21): saving from it leaves the other steps as they
     * were, a WIOA box that was never on screen included, and a step draws its saved inputs when shown.
     */
    @Test
    void stepsNeverShownKeepWhatWasSaved() throws Exception {
        long planId = openNewIep();
        put(
                planId,
                "{\"services\":[" + service("INDIVIDUALIZED_CAREER", "Career counseling", "2026-12-01", null) + "]}");
        browser.open("/plans/edit.xhtml?id=" + planId);
        assertThat(browser.exists("plan:steps:serviceList:0:wioa")).isFalse();

        browser.tick("plan:steps:tookPart");
        browser.clickText("2 Labor market");
        jakarta.json.JsonObject saved =
                Participants.json(Api.get("/plans/" + planId, "cm-bluegrass")).getJsonObject("content");
        assertThat(saved.getBoolean("participantTookPart")).isTrue();
        assertThat(saved.getJsonArray("services").getJsonObject(0).getBoolean("wioaFunded"))
                .isTrue();

        browser.clickText("5 Services and training");
        assertThat(browser.executeScript(
                        "return document.getElementById('plan:steps:serviceList:0:wioa_input').checked;"))
                .isEqualTo(true);
    }

    /**
     * Six services over a year, one of a single day and one without an end: the flow of services
     * shows all six (issue 19: two were hidden).
     */
    @Test
    void theTimelineShowsEveryScheduledService() throws Exception {
        long planId = openNewIep();
        put(
                planId,
                "{\"services\":["
                        + service("BASIC_CAREER", "Orientation", "2026-12-01", "2026-12-01") + ","
                        + service("INDIVIDUALIZED_CAREER", "Career counseling", "2026-12-01", "2027-02-26") + ","
                        + service("TRAINING", "Dental assisting certificate", "2027-01-11", "2027-06-30") + ","
                        + service("SUPPORTIVE", "Child care", "2027-01-11", null) + ","
                        + service("SUPPORTIVE", "Bus pass", "2027-01-11", "2027-06-30") + ","
                        + service("FOLLOW_UP", "Follow-up calls", "2027-07-01", "2027-12-31") + "]}");
        browser.open("/plans/edit.xhtml?id=" + planId);

        browser.clickText("5 Services and training");
        browser.click("plan:steps:showTimeline");
        browser.waitForText("plan:steps:services", "Follow-up calls");
        browser.waitUntil(d -> browser.count("[id='plan:steps:timeline'] .vis-item-content") == 6);
        for (String service : new String[] {
            "Orientation", "Career counseling", "Dental assisting", "Child care", "Bus pass", "Follow-up calls"
        }) {
            assertThat(browser.text("plan:steps:timeline")).as(service).contains(service);
        }
        browser.screenshot("plan-8-timeline");
    }

    private static String service(String type, String description, String start, String end) {
        return "{\"type\":\"" + type + "\",\"description\":\"" + description + "\",\"provider\":\"Lexington KCC\","
                + "\"wioaFunded\":true,\"plannedStart\":\"" + start + "\""
                + (end == null ? "" : ",\"plannedEnd\":\"" + end + "\"") + "}";
    }

    /** Saves the plan's content through the API, as a colleague would. */
    private static void put(long planId, String content) throws Exception {
        String lock = Participants.json(Api.get("/plans/" + planId, "cm-bluegrass"))
                .getJsonNumber("versionLock")
                .toString();
        assertThat(Api.put(
                                "/plans/" + planId,
                                "cm-bluegrass",
                                "{\"versionLock\":" + lock + ",\"content\":" + content + "}")
                        .statusCode())
                .isEqualTo(200);
    }

    /** The page's message area as it reads now, shown or not (empty, it is hidden). */
    private String messages() {
        return String.valueOf(browser.executeScript(
                "var m = document.getElementById('plan:messages'); return m ? m.textContent : '';"));
    }

    private String selectedTerm() {
        return browser.executeScript(
                        "return document.querySelector(\"[id='plan:steps:goalList:0:term'] .ui-state-active\").textContent;")
                .toString()
                .strip();
    }

    /** A new IEP of an eligible adult (made through the API), opened in the editor by their case manager. */
    private long openNewIep() throws Exception {
        long participant = Participants.eligibleAdult();
        long planId = Participants.json(
                        Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"))
                .getJsonNumber("id")
                .longValue();
        new LoginPage(browser).open().signIn("cm-bluegrass", TestFixture.PASSWORD);
        browser.open("/plans/edit.xhtml?id=" + planId);
        return planId;
    }

    private int goals() {
        return browser.count("input[id^='plan:steps:goalList:'][id$=':cluster']");
    }
}
