package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.TimeoutException;
import org.waypoint.it.browser.Browser;
import org.waypoint.it.browser.BrowserSession;
import org.waypoint.it.browser.LoginPage;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Documents;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.TestFixture;

/**
 * Issue 11, defect 3 (stored XSS), kept as the regression net: every free-text field a user can
 * type (the participant, case notes, the assessment, both plans, their signatures and reviews,
 * sectors, training programs, the LMI comment and explanations, staff names) is stored holding
 * script for every context a value can land in (HTML text, a quoted attribute, a quoted JavaScript
 * string, a script element, a title or textarea, a link), and every page that shows it is opened
 * in Chromium as a case manager, a state admin and a monitor, tab by tab and after each ajax
 * action. No script may run or be planted (an event handler, a javascript: link), no script may
 * break, and the text must show as it was typed.
 *
 * <p>The values are stored through the API, as the pages under test only show them; staff names
 * can only be set on Administration > Staff, so they are typed there, and the register page's
 * duplicate warning is reached by typing a stored name again.
 */
@ExtendWith(ArquillianExtension.class)
class StoredScriptBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    /** Breaks out of a textarea or title, then HTML that runs: unescaped text. */
    static final String IN_HTML = "</textarea></title><img src=x onerror=xssRan=1>";
    /** A double-quoted JavaScript string (balanced, so the rest still parses) or attribute. */
    static final String IN_DOUBLE_QUOTES = "\"-(window.xssRan=1)-\"><img src=x onerror=xssRan=1>";
    /** A single-quoted JavaScript string or attribute. */
    static final String IN_SINGLE_QUOTES = "'-(window.xssRan=1)-'><img src=x onerror=xssRan=1>";
    /** A script element whose string escapes quotes but not a closing tag (JSON in a script). */
    static final String IN_SCRIPT = "</script><script>xssRan=1</script>";
    /** A value that could become a link. */
    static final String AS_LINK = "javascript:window.xssRan=1";

    private static final List<String> ALL = List.of(IN_HTML, IN_DOUBLE_QUOTES, IN_SINGLE_QUOTES, IN_SCRIPT);
    private static final List<String> COMPACT =
            List.of("<img src=x onerror=xssRan=1>", "\"-(window.xssRan=1)-\"", "'-(window.xssRan=1)-'", IN_SCRIPT);

    /** What the page must show literally where a payload is displayed as text. */
    static final String SHOWN = "<img src=x onerror=xssRan=1>";

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String DATE_OF_BIRTH = "1990-06-15";

    private static JsonObject kentuckyPolicy;

    private final Browser browser = SESSION.browser();
    private SoftAssertions softly;

    /**
     * The dashboard lists reviews falling due within 14 days: with a 10-day interval the plans
     * signed here are due soon, and their participant's name is on the dashboard.
     */
    @BeforeAll
    static void shortReviewInterval() throws Exception {
        kentuckyPolicy = array(Api.get("/reference/states", "state-admin")).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals("KY"))
                .findFirst()
                .orElseThrow();
        ok(Api.put("/reference/states/KY", "state-admin", policy(10, kentuckyPolicy.getInt("assessmentMaxAgeMonths"))));
    }

    @AfterAll
    static void restoreReviewInterval() throws Exception {
        if (kentuckyPolicy != null) {
            ok(Api.put(
                    "/reference/states/KY",
                    "state-admin",
                    policy(
                            !kentuckyPolicy.containsKey("planReviewIntervalDays")
                                            || kentuckyPolicy.isNull("planReviewIntervalDays")
                                    ? null
                                    : kentuckyPolicy.getInt("planReviewIntervalDays"),
                            kentuckyPolicy.getInt("assessmentMaxAgeMonths"))));
        }
    }

    @BeforeEach
    void collectFindings() {
        softly = new SoftAssertions();
        browser.scriptErrors(); // what the previous test's pages logged is not this test's
    }

    @AfterEach
    void reportFindings() {
        softly.assertAll();
    }

    @Test
    void aCaseManagerSeesEveryStoredValueAsTypedAndNoScriptRuns() throws Exception {
        Stored s = Stored.create();
        signIn("cm-bluegrass");

        browser.open("/index.xhtml");
        browser.waitForText("reviews-due", s.search);
        check("cm dashboard");
        shown("cm dashboard", "reviews-due", IN_SCRIPT.substring(0, 20));

        walkCaseRecord("cm", s);
        walkPlans("cm", s, true);
        walkLmi("cm", s);

        // the register page's duplicate warning names the person already registered, as typed
        browser.open("/participants/register.xhtml");
        browser.type("register:firstName", s.firstName);
        browser.type("register:middleName", s.middleName);
        browser.type("register:lastName", s.lastName);
        browser.typeAndLeave(
                "register:dateOfBirth_input", LocalDate.parse(DATE_OF_BIRTH).format(US_DATE));
        check("cm register, typed");
        browser.click("register:save");
        browser.waitForText("register:duplicates", s.search);
        check("cm register, duplicate warning");
        shown("cm register, duplicate warning", "register:duplicates", s.lastName);
    }

    @Test
    void aStateAdminSeesEveryStoredValueAsTypedAndNoScriptRuns() throws Exception {
        Stored s = Stored.create();
        signIn("state-admin");

        browser.open("/index.xhtml");
        browser.waitForText("reviews-due", s.search);
        check("state admin dashboard");

        walkCaseRecord("state admin", s);
        walkPlans("state admin", s, true);
        walkLmi("state admin", s);

        browser.open("/admin/plan-reference.xhtml");
        check("state admin plan reference");
        shown("state admin plan reference: state sectors", "sectorForm:sectors", s.stateSector);
        shown("state admin plan reference: state sectors", "sectorForm:sectors", SHOWN);
        browser.click("sectorForm:sectors:" + rowOf("sectorForm:sectors", s.stateSector) + ":edit");
        // the editor is open (its Cancel shows) before the plan is changed: choosing while the form
        // was still being re-rendered clicked the old menu's panel (a PrimeFaces script error)
        browser.find("sectorForm:cancel");
        check("state admin plan reference: editing a sector");
        browser.choose("sectorForm:scope", "Local plan · Bluegrass");
        browser.waitForText("sectorForm:sectors", s.localSector);
        check("state admin plan reference: Bluegrass sectors");
        browser.type("programForm:filter", s.search);
        browser.click("programForm:search");
        browser.waitForText("programForm:programs", s.search);
        check("state admin plan reference: programs found");
        browser.screenshot("xss-state-admin-plan-reference");
        shown("state admin plan reference: programs", "programForm:programs", SHOWN);
        browser.click("programForm:programs:0:edit");
        check("state admin plan reference: editing a program");

        browser.open("/admin/in-demand.xhtml");
        check("state admin in-demand lists");
        browser.chooseContaining("demandForm:scope", "Bluegrass");
        browser.waitForText("demandForm:entries", s.search);
        check("state admin in-demand: Bluegrass list");
        shown("state admin in-demand: Bluegrass list", "demandForm:entries", SHOWN);

        browser.open("/admin/staff.xhtml");
        check("state admin staff");
        browser.open("/audit/index.xhtml");
        check("state admin audit trail");
        shown("state admin audit trail", "audit", s.search);
    }

    @Test
    void aMonitorSeesEveryStoredValueAsTypedAndNoScriptRuns() throws Exception {
        Stored s = Stored.create();
        signIn("monitor");

        browser.open("/index.xhtml");
        check("monitor dashboard");

        walkCaseRecord("monitor", s);
        walkPlans("monitor", s, false);
        browser.open("/lmi/review.xhtml?participant=" + s.participant + "&reviewId=" + s.lmi);
        check("monitor LMI review");

        browser.open("/audit/index.xhtml");
        check("monitor audit trail");
        shown("monitor audit trail", "audit", s.search);
    }

    /**
     * Staff names are set on Administration > Staff only: an LWDA admin types one there, it shows
     * on the staff list, in the header and the dashboard's welcome of its own user, and on the
     * state admin's staff list; the local sector an LWDA admin keeps shows on their own page.
     */
    @Test
    void aStaffNameTypedOnTheStaffPageShowsAsTypedAndNoScriptRuns() throws Exception {
        Stored s = Stored.create();
        String username = "xss" + s.search.toLowerCase();
        String displayName = payload(s.search, 120);
        String password = "Harbor-lantern-58x";

        signIn("admin-bluegrass");
        browser.open("/admin/plan-reference.xhtml");
        browser.waitForText("sectorForm:sectors", s.localSector);
        check("LWDA admin plan reference");

        browser.open("/admin/staff.xhtml");
        browser.type("create:username", username);
        browser.type("create:displayName", displayName);
        browser.type("create:password", password);
        check("LWDA admin staff, typed");
        browser.click("create:save");
        browser.waitForText("accounts:table", username);
        check("LWDA admin staff, created");
        shown("LWDA admin staff list", "accounts:table", displayName);
        browser.screenshot("xss-staff-list");

        browser.reset();
        signIn(username, password);
        check("new staff member's dashboard");
        shown("the header", "user-name", displayName);
        shown("the dashboard's welcome", "welcome", displayName);
        browser.screenshot("xss-staff-member-dashboard");
        browser.open("/participants/list.xhtml");
        check("new staff member's participant list");
        browser.open("/account/password.xhtml");
        check("new staff member's password page");

        browser.reset();
        signIn("state-admin");
        browser.open("/admin/staff.xhtml");
        browser.waitForText("accounts:table", username);
        check("state admin staff");
        shown("state admin staff list", "accounts:table", displayName);
        browser.open("/audit/index.xhtml");
        check("state admin audit trail after the new account");
    }

    // the walks

    /** The participant's list entry, every tab of the record, and the eligibility page. */
    private void walkCaseRecord(String who, Stored s) {
        browser.open("/participants/list.xhtml");
        browser.type("participants:name", s.search);
        browser.click("participants:search");
        browser.waitForText("participants:table", s.search);
        check(who + " participant list");
        shown(who + " participant list", "participants:table", s.lastName);

        browser.open("/participants/view.xhtml?id=" + s.participant);
        check(who + " participant record");
        shown(who + " participant page title", "main-title", s.lastName);
        for (String tab :
                List.of("Program enrollments", "Case notes", "Assessment", "Plans", "LMI reviews", "Change history")) {
            browser.clickText(tab);
            check(who + " participant tab " + tab);
        }
        browser.clickText("Case notes");
        shown(who + " case notes", "tabs:notes:noteList", SHOWN);
        browser.screenshot("xss-" + who.replace(' ', '-') + "-notes");
        browser.type("tabs:notes:noteSearch", s.search);
        browser.click("tabs:notes:searchNotes");
        check(who + " case note search");
        browser.clickText("Change history");
        shown(who + " change history", "tabs:history", s.search);

        browser.open("/participants/eligibility.xhtml?id=" + s.participant);
        check(who + " eligibility");
        shown(who + " eligibility title", "main-title", s.lastName);

        browser.open("/participants/view.xhtml?id=" + s.youth);
        browser.clickText("Plans");
        check(who + " youth's plans");
    }

    /** Both plans, every step, the timeline, and the history with its versions, difference and reviews. */
    private void walkPlans(String who, Stored s, boolean editable) {
        browser.open("/plans/edit.xhtml?id=" + s.iep);
        check(who + " IEP");
        shown(who + " IEP title", "main-title", s.lastName);
        browser.clickText("Sign");
        check(who + " IEP sign step");
        shown(who + " IEP signatures", "plan:steps:signatures", s.participantSigner);
        shown(who + " IEP signatures", "plan:steps:signatures", s.staffSigner);
        for (String step : List.of(
                "1 Goals",
                "2 Labor market",
                "3 Strengths and barriers",
                "4 Training needs",
                "5 Services and training",
                "6 Objectives and pathway",
                "Follow-up")) {
            browser.clickText(step);
            check(who + " IEP step " + step);
        }
        browser.clickText("2 Labor market");
        shown(who + " IEP LMI comment", "plan:steps:lmiComment", SHOWN);
        browser.clickText("5 Services and training");
        browser.click("plan:steps:showTimeline");
        timelineShows(who, s);
        check(who + " IEP timeline");
        browser.screenshot("xss-" + who.replace(' ', '-') + "-timeline");
        shown(who + " IEP timeline", "plan:steps:timeline", SHOWN);
        if (editable) {
            browser.pickContaining("plan:steps:etp", s.search);
            browser.waitForInputValue("plan:steps:trainingFields", "Provider " + s.search);
            check(who + " IEP training program chosen");
        }

        browser.open("/plans/history.xhtml?id=" + s.iep);
        check(who + " IEP history");
        browser.screenshot("xss-" + who.replace(' ', '-') + "-history");
        shown(who + " IEP history: difference", "compare:diff", SHOWN);
        shown(who + " IEP history: reviews", "review:reviews", SHOWN);
        browser.click("compare:compareButton");
        check(who + " IEP history, compared");
        browser.open("/plans/history.xhtml?id=" + s.iep + "&version=1");
        check(who + " IEP history of version 1");

        browser.open("/plans/edit.xhtml?id=" + s.iss);
        check(who + " ISS");
        for (String step : List.of("5 Services and training", "7 Youth strategy", "Sign")) {
            browser.clickText(step);
            check(who + " ISS step " + step);
        }
        browser.clickText("7 Youth strategy");
        shown(who + " ISS copy of the recent strategy", "plan:steps:reuseCopy", SHOWN);
        browser.clickText("5 Services and training");
        browser.click("plan:steps:showTimeline");
        timelineShows(who, s);
        check(who + " ISS timeline");
        browser.open("/plans/history.xhtml?id=" + s.iss);
        check(who + " ISS history");
    }

    private void walkLmi(String who, Stored s) {
        browser.open("/lmi/review.xhtml?participant=" + s.participant + "&reviewId=" + s.lmi);
        check(who + " LMI review");
        shown(who + " LMI review title", "main-title", s.lastName);
        browser.open("/lmi/occupation.xhtml?participant=" + s.participant);
        check(who + " LMI occupation page");
        shown(who + " LMI occupation page", "lmi:for-participant", s.lastName);
        browser.autocomplete("lmi:occupation", "dental assist", "31-9091 Dental Assistants");
        browser.waitForText("profile-title", "Dental Assistants");
        check(who + " LMI occupation profile");
    }

    // checks

    private void signIn(String user) {
        signIn(user, TestFixture.PASSWORD);
    }

    private void signIn(String user, String password) {
        new LoginPage(browser).open().signIn(user, password);
        assertThat(browser.find("user-name").getText())
                .as("signed in as " + user)
                .isNotBlank();
    }

    /** Nothing ran, nothing was planted and no script broke on the page as it is now. */
    private void check(String where) {
        String injected = browser.injectedScript();
        List<String> errors = browser.scriptErrors();
        if (injected != null || !errors.isEmpty()) {
            browser.screenshot("xss-" + where.replaceAll("[^A-Za-z0-9]+", "-"));
        }
        softly.assertThat(injected)
                .as("script a stored value ran or planted: " + where)
                .isNull();
        softly.assertThat(errors)
                .as("scripts broken by a stored value: " + where)
                .isEmpty();
    }

    /** The timeline draws the services; when it does not (a stored value broke it), the walk goes on. */
    private void timelineShows(String who, Stored s) {
        try {
            browser.waitForText("plan:steps:timeline", s.service);
        } catch (TimeoutException e) {
            softly.fail(who + ": the timeline does not show " + s.service);
        }
    }

    /** The element shows the stored text literally, as it was typed. */
    private void shown(String where, String id, String text) {
        softly.assertThat(browser.text(id)).as("shown as typed: " + where).contains(text);
    }

    /** The row index of the data table row that shows {@code text}. */
    private int rowOf(String tableId, String text) {
        Object index = browser.executeScript(
                "var rows = document.getElementById(arguments[0] + '_data').rows;"
                        + " for (var i = 0; i < rows.length; i++) { if (rows[i].textContent.indexOf(arguments[1]) >= 0) return i; }"
                        + " return -1;",
                tableId,
                text);
        assertThat(((Number) index).intValue()).as(text + " in " + tableId).isNotNegative();
        return ((Number) index).intValue();
    }

    // the payloads

    /**
     * The label followed by an attack for each context, as many as the field's length allows: all
     * of them, else the compact set (no textarea or title break-out), else what fits of it.
     */
    static String payload(String label, int max) {
        for (List<String> attacks : List.of(ALL, COMPACT)) {
            String value = label + " " + String.join(" ", attacks);
            if (value.length() <= max) {
                return value;
            }
        }
        StringBuilder value = new StringBuilder(label);
        for (String attack : COMPACT) {
            if (value.length() + 1 + attack.length() <= max) {
                value.append(' ').append(attack);
            }
        }
        return value.toString();
    }

    /**
     * Everything one walk shows, stored through the API under a unique word: an Adult with a signed,
     * reviewed and changed IEP, an LMI review and case notes; a youth with an ISS reusing another
     * program's strategy; a state and a local sector and a training program on the ETPL.
     */
    static final class Stored {
        final String search = "Xss"
                + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36)
                        .toUpperCase();
        // each name within its 60 characters; the last name starts with the word a search finds
        final String firstName = IN_DOUBLE_QUOTES;
        final String middleName = IN_SINGLE_QUOTES;
        final String lastName = search + "</textarea></title>" + IN_SCRIPT;
        final String stateSector = payload(search + "s", 120);
        final String localSector = payload(search + "l", 120);
        final String service = "Service " + search;
        final String participantSigner = payload("Signer " + search, 200);
        final String staffSigner = payload("Staff " + search, 200);
        long participant;
        long youth;
        long iep;
        long iss;
        long lmi;
        long program;
        final String inDemandTitle = payload("Occupation " + search, 200);

        static Stored create() throws Exception {
            Stored s = new Stored();
            assertThat(s.lastName).hasSizeLessThanOrEqualTo(60);
            s.referenceData();
            s.adult();
            s.youth();
            return s;
        }

        private void referenceData() throws Exception {
            created(Api.post(
                    "/reference/industry-sectors",
                    "state-admin",
                    object().add("stateCode", "KY")
                            .add("name", stateSector)
                            .add("description", payload("About", 2000))
                            .build()
                            .toString()));
            long bluegrass = Participants.json(Api.get("/me", "admin-bluegrass"))
                    .getJsonNumber("lwdaId")
                    .longValue();
            created(Api.post(
                    "/reference/industry-sectors",
                    "admin-bluegrass",
                    object().add("lwdaId", bluegrass)
                            .add("name", localSector)
                            .add("description", AS_LINK)
                            .build()
                            .toString()));
            // an occupation on the Bluegrass board's in-demand list (WIOA sec. 3(23)) holding a payload
            created(Api.post(
                    "/reference/in-demand-occupations",
                    "admin-bluegrass",
                    object().add("lwdaId", bluegrass)
                            .add("soc", "99-" + String.format("%04d", (int) (System.nanoTime() % 10000)))
                            .add("title", inDemandTitle)
                            .add("source", AS_LINK)
                            .build()
                            .toString()));
            long payloadProgram = created(Api.post(
                            "/reference/training-programs",
                            "state-admin",
                            object().add("stateCode", "KY")
                                    .add("provider", payload("Provider " + search, 200))
                                    .add("program", payload("Program", 200))
                                    .add("cipCode", "51.0601")
                                    .add("cost", new BigDecimal("3200.00"))
                                    .add("lengthWeeks", 30)
                                    .add("credential", payload("Credential", 200))
                                    .add("outcomes", payload("Outcomes", 4000))
                                    .add("delivery", "IN_PERSON")
                                    .add("location", AS_LINK)
                                    .build()
                                    .toString()))
                    .getJsonNumber("id")
                    .longValue();
            // the plans name another ETPL program (WIOA sec. 122), so that choosing the payload's
            // program on the page is a change that fills the training fields
            program = Json.createReader(
                            new java.io.StringReader(Api.get("/reference/training-programs?state=KY", "cm-bluegrass")
                                    .body()))
                    .readArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .mapToLong(p -> p.getJsonNumber("id").longValue())
                    .filter(id -> id != payloadProgram)
                    .findFirst()
                    .orElseThrow();
        }

        private void adult() throws Exception {
            participant = created(Api.post(
                            "/participants",
                            "cm-bluegrass",
                            object().add("firstName", firstName)
                                    .add("middleName", middleName)
                                    .add("lastName", lastName)
                                    .add("dateOfBirth", DATE_OF_BIRTH)
                                    .add("street", payload("Street", 200))
                                    .add("city", IN_DOUBLE_QUOTES)
                                    .add("preferredLanguage", "<img src=x onerror=xssRan=1>")
                                    .build()
                                    .toString()))
                    .getJsonNumber("id")
                    .longValue();
            Participants.determine(participant, "ADULT", DATE_OF_BIRTH, "\"publicAssistance\":[\"SNAP\"]");
            Participants.enroll(participant, "ADULT");
            JsonObjectBuilder assessment =
                    object().add("assessedOn", LocalDate.now().toString());
            for (String field : List.of(
                    "interests",
                    "aptitudes",
                    "workHistory",
                    "transferableSkills",
                    "strengths",
                    "stressorsAndChallenges",
                    "supportiveServiceNeeds",
                    "developmentalNeeds")) {
                assessment.add(field, payload(field, 4000));
            }
            ok(Api.put(
                    "/participants/" + participant + "/assessment",
                    "cm-bluegrass",
                    assessment.build().toString()));
            note(participant, payload("Note " + search, 10000), null);
            note(participant, AS_LINK, null);
            lmi = created(Api.post(
                            "/participants/" + participant + "/lmi-reviews",
                            "cm-bluegrass",
                            object().add("areaId", "KY-bluegrass")
                                    .add("socs", Json.createArrayBuilder().add("31-9091"))
                                    .add("reviewedWithParticipant", true)
                                    .add("marketableSkills", false)
                                    .add("marketableSkillsExplanation", payload("Marketable", 2000))
                                    .add("currentMarket", false)
                                    .add("currentMarketExplanation", payload("Market", 2000))
                                    // the four figures Kentucky 24-003 Attachment A asks for, then the payload
                                    .add(
                                            "lmiComment",
                                            payload(
                                                    "Comment " + search + "; avg. annually $39,647, avg. hourly"
                                                            + " $19.06, projected annual openings 127, projected"
                                                            + " growth 9.2%\n",
                                                    4000))
                                    .build()
                                    .toString()))
                    .getJsonNumber("id")
                    .longValue();

            JsonObject plan =
                    created(Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"));
            iep = plan.getJsonNumber("id").longValue();
            JsonObject filled = save(iep, plan, iepContent(payload("Follow-up", 4000), lmi));
            JsonObject signed = sign(iep, filled);
            created(Api.post(
                    "/plans/" + iep + "/reviews",
                    "cm-bluegrass",
                    object().add("reviewedOn", LocalDate.now().toString())
                            .add("progress", payload("Progress " + search, 8000))
                            .add("changes", payload("Changes", 8000))
                            .add(
                                    "objectives",
                                    Json.createArrayBuilder()
                                            .add(object().add("objective", 1)
                                                    .add("benchmark", payload("Benchmark", 400))
                                                    .add("status", "IN_PROGRESS")
                                                    .add("note", payload("Objective note", 400))))
                            .build()
                            .toString()));
            note(participant, payload("About version 1", 10000), iep);
            // version 2: the history shows what changed, and it is signed again with the same names
            JsonObject changed = save(iep, signed, iepContent(payload("Changed follow-up", 4000), lmi));
            assertThat(changed.getInt("versionNumber")).isEqualTo(2);
            sign(iep, changed);
        }

        private void youth() throws Exception {
            youth = Participants.eligibleYouth(LocalDate.now());
            JsonObject plan =
                    created(Api.post("/participants/" + youth + "/plans", "cm-bluegrass", "{\"kind\":\"ISS\"}"));
            iss = plan.getJsonNumber("id").longValue();
            byte[] copy = Api.getBytes("/plans/" + iss + "/versions/1/pdf", "cm-bluegrass")
                    .body();
            long document = created(Api.postBytes(
                            "/plans/" + iss + "/documents?fileName="
                                    + URLEncoder.encode(payload("Copy", 200) + ".pdf", StandardCharsets.UTF_8)
                                            .replace("+", "%20"),
                            "cm-bluegrass",
                            copy,
                            "application/pdf"))
                    .getJsonNumber("id")
                    .longValue();
            JsonObjectBuilder content = Json.createObjectBuilder(iepContent(payload("Youth follow-up", 4000), null));
            content.add(
                    "services",
                    Json.createArrayBuilder()
                            .add(service("TRAINING").add("programElement", 4))
                            .add(object().add("type", "SUPPORTIVE")
                                    .add("description", AS_LINK)
                                    .add("provider", AS_LINK)
                                    .add("wioaFunded", true)
                                    .add(
                                            "plannedStart",
                                            LocalDate.now().plusDays(40).toString())
                                    .add("programElement", 8)));
            content.add(
                    "youth",
                    object().add(
                                    "programElements",
                                    Json.createArrayBuilder().add(4).add(13))
                            .add("educationGoal", payload("Education goal", 4000))
                            .add("nonTraditionalEmployment", true)
                            .add("nonTraditionalFor", payload("For", 200))
                            .add("careerPlanningNotes", payload("Career planning", 4000))
                            .add("followUpStrategy", payload("Follow-up strategy", 4000))
                            .add(
                                    "reuse",
                                    object().add("program", payload("Program", 200))
                                            .add("source", payload("Source", 200))
                                            .add(
                                                    "developedOn",
                                                    LocalDate.now()
                                                            .minusMonths(2)
                                                            .toString())
                                            .add("determination", payload("Determination", 4000))
                                            .add("documentId", document)));
            save(iss, plan, content.build());
        }

        /** A complete Kentucky IEP with training scheduled, every free-text element a payload. */
        private JsonObject iepContent(String followUp, Long lmiReview) {
            JsonObjectBuilder need = object();
            for (String finding : List.of(
                    "lacksMarketableCredential", "unlikelyWithoutTraining", "needsTraining", "hasSkillsToSucceed")) {
                need.add(finding, true);
            }
            for (String documentation : List.of(
                    "credentialDocumentation", "unlikelyDocumentation", "needsDocumentation", "skillsDocumentation")) {
                need.add(documentation, payload(documentation, 4000));
            }
            JsonObjectBuilder needs = object();
            for (String field : List.of(
                    "preEmploymentSkills",
                    "basicEducationSkills",
                    "occupationalSkills",
                    "supportiveServiceNeeds",
                    "otherDeficiencies")) {
                needs.add(field, payload(field, 4000));
            }
            JsonObjectBuilder content = object().add("participantTookPart", true)
                    .add(
                            "goals",
                            Json.createArrayBuilder()
                                    .add(object().add("term", "LONG")
                                            .add("soc", "31-9091")
                                            .add("occupation", payload("Occupation", 200))
                                            .add("cluster", payload("Cluster", 200))
                                            .add("justification", payload("Justification", 4000))))
                    .add(
                            "industrySectors",
                            Json.createArrayBuilder().add(stateSector).add(localSector))
                    .add("strengths", payload("Strengths", 4000))
                    .add("goalsAndChallenges", payload("Goals", 4000))
                    .add("stressorsAndChallenges", payload("Stressors", 4000))
                    .add(
                            "barriers",
                            Json.createArrayBuilder()
                                    .add(payload("Barrier", 200))
                                    .add(AS_LINK))
                    .add("needForTraining", need)
                    .add("trainingNeeds", needs)
                    .add(
                            "services",
                            Json.createArrayBuilder()
                                    .add(service("TRAINING"))
                                    .add(object().add("type", "SUPPORTIVE")
                                            .add("description", AS_LINK)
                                            .add("provider", AS_LINK)
                                            .add("wioaFunded", true)
                                            .add(
                                                    "plannedStart",
                                                    LocalDate.now().plusDays(40).toString())))
                    .add(
                            "trainingPlan",
                            object().add("programId", program)
                                    .add("provider", payload("Training provider", 200))
                                    .add("program", payload("Training program", 200))
                                    .add("cipCode", "51.0601")
                                    .add("cost", new BigDecimal("3200.00"))
                                    .add("lengthWeeks", 30)
                                    .add("credential", payload("Credential", 200))
                                    .add("outcomes", payload("Outcomes", 400))
                                    .add("otherAidConsidered", payload("Other aid", 4000))
                                    .add("demandLink", payload("Demand link", 4000)))
                    .add(
                            "objectives",
                            Json.createArrayBuilder()
                                    .add(object().add("benchmark", payload("Benchmark", 400))
                                            .add("measure", payload("Measure", 400))
                                            .add(
                                                    "targetDate",
                                                    LocalDate.now()
                                                            .plusDays(100)
                                                            .toString())
                                            .add("status", "PLANNED")
                                            .add("evidence", payload("Evidence", 400))
                                            .add("justification", payload("Step justification", 4000))))
                    .add(
                            "careerPathway",
                            Json.createArrayBuilder().add(payload("Step", 400)).add(AS_LINK))
                    .add("providerInformation", payload("Providers", 4000))
                    .add("followUpPlan", followUp);
            if (lmiReview != null) {
                content.add("lmiReviewId", lmiReview);
            }
            return content.build();
        }

        private JsonObjectBuilder service(String type) {
            return object().add("type", type)
                    .add("description", payload(service, 400))
                    .add("provider", payload("Service provider", 200))
                    .add("wioaFunded", false)
                    .add("fundingSource", payload("Funding", 200))
                    .add("plannedStart", LocalDate.now().plusDays(20).toString())
                    .add("plannedEnd", LocalDate.now().plusDays(80).toString())
                    .add("justification", payload("Service justification", 4000));
        }

        private JsonObject save(long planId, JsonObject loaded, JsonObject content) throws Exception {
            return ok(Api.put(
                    "/plans/" + planId,
                    "cm-bluegrass",
                    object().add("versionLock", loaded.getJsonNumber("versionLock"))
                            .add("content", content)
                            .build()
                            .toString()));
        }

        private JsonObject sign(long planId, JsonObject loaded) throws Exception {
            return ok(Api.post(
                    "/plans/" + planId + "/signatures",
                    "cm-bluegrass",
                    object().add("versionLock", loaded.getJsonNumber("versionLock"))
                            .add(
                                    "participant",
                                    object().add("name", participantSigner).add("consent", true))
                            .add("staff", object().add("name", staffSigner).add("drawing", Documents.drawnSignature()))
                            .add("copyOffered", true)
                            .build()
                            .toString()));
        }

        private void note(long id, String text, Long planId) throws Exception {
            JsonObjectBuilder body =
                    object().add("contactDate", LocalDate.now().toString()).add("text", text);
            if (planId != null) {
                body.add("planId", planId).add("planVersion", 1);
            }
            created(Api.post(
                    "/participants/" + id + "/notes",
                    "cm-bluegrass",
                    body.build().toString()));
        }
    }

    // JSON and answers

    private static JsonObjectBuilder object() {
        return Json.createObjectBuilder();
    }

    private static String policy(Integer intervalDays, int maxAgeMonths) {
        JsonObjectBuilder body = object().add("assessmentMaxAgeMonths", maxAgeMonths);
        if (intervalDays == null) {
            body.addNull("planReviewIntervalDays");
        } else {
            body.add("planReviewIntervalDays", intervalDays);
        }
        return body.build().toString();
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Participants.json(response);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Participants.json(response);
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
