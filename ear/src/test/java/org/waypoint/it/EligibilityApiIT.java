package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;

/**
 * Eligibility through the API: evaluation without saving (pre-screening), bad input named by
 * field, and saved determinations that keep their history and stay within the LWDA.
 */
@ExtendWith(ArquillianExtension.class)
class EligibilityApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static final String ADULT_WOMAN =
            "{\"program\":\"ADULT\",\"asOf\":\"2026-11-22\",\"dateOfBirth\":\"1990-06-15\","
                    + "\"sex\":\"FEMALE\",\"authorizedToWork\":true,\"publicAssistance\":[\"SNAP\"],\"veteranOrEligibleSpouse\":true}";

    @Test
    void anEligibleAdultGetsEachCriterionWithItsReasonAndPriorityGroupOne() throws Exception {
        HttpResponse<String> response = Api.post("/eligibility/evaluate", "cm-bluegrass", ADULT_WOMAN);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject result = json(response);
        assertThat(result.getBoolean("eligible")).isTrue();
        assertThat(result.getInt("priorityOfServiceGroup"))
                .as("a veteran receiving SNAP")
                .isEqualTo(1);
        assertThat(result.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("code"))
                .contains("AGE", "AUTHORIZED_TO_WORK", "SELECTIVE_SERVICE");
        assertThat(result.getJsonArray("criteria").getValuesAs(JsonObject.class))
                .allSatisfy(c -> assertThat(c.getString("explanation")).isNotBlank());
    }

    @Test
    void aPersonTheDayBeforeTheir18thBirthdayIsNotAnAdultAndTheReasonSaysSo() throws Exception {
        String body = ADULT_WOMAN.replace("1990-06-15", "2008-11-23");
        JsonObject result = json(Api.post("/eligibility/evaluate", "cm-bluegrass", body));
        assertThat(result.getBoolean("eligible")).isFalse();
        JsonObject age = result.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("AGE"))
                .findFirst()
                .orElseThrow();
        assertThat(age.getBoolean("met")).isFalse();
        assertThat(age.getString("explanation")).contains("17").contains("680.120");
    }

    @Test
    void unknownProgramFutureBirthDateAndMissingFactsAre400NamingTheFields() throws Exception {
        HttpResponse<String> unknown =
                Api.post("/eligibility/evaluate", "cm-bluegrass", ADULT_WOMAN.replace("ADULT", "RETIREE"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("program");

        String future = LocalDate.now().plusYears(1).toString();
        HttpResponse<String> born =
                Api.post("/eligibility/evaluate", "cm-bluegrass", ADULT_WOMAN.replace("1990-06-15", future));
        assertThat(born.statusCode()).isEqualTo(400);
        assertThat(fields(born)).contains("dateOfBirth");

        HttpResponse<String> missing = Api.post(
                "/eligibility/evaluate",
                "cm-bluegrass",
                "{\"program\":\"ADULT\",\"asOf\":\"2026-11-22\",\"sex\":\"MALE\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(fields(missing)).contains("dateOfBirth", "authorizedToWork");
    }

    @Test
    void aDeterminationIsSavedWithItsSourcesAndANewOneIsAddedBesideIt() throws Exception {
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Elle\",\"lastName\":\"Igible" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"1990-06-15\"}");
        long id = json(created).getJsonNumber("id").longValue();
        String determination = ADULT_WOMAN.replace(
                "}",
                ",\"sources\":{\"dateOfBirth\":\"SOURCE_DOCUMENT\"," + "\"authorizedToWork\":\"SELF_ATTESTATION\","
                        + "\"selectiveService\":\"CROSS_MATCH\",\"lowIncome\":\"STATE_MIS\"}}");
        HttpResponse<String> first = Api.post("/participants/" + id + "/eligibility", "cm-bluegrass", determination);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(first).getJsonObject("sources").getString("authorizedToWork"))
                .isEqualTo("SELF_ATTESTATION");
        assertThat(json(first).getString("determinedBy")).isEqualTo("cm-bluegrass");
        assertThat(json(first).getString("priorityOfServiceReason"))
                .as("a veteran on SNAP: group 1, and why")
                .startsWith("Group 1")
                .contains("veteran or eligible spouse")
                .contains("public assistance or low income");

        HttpResponse<String> second = Api.post(
                "/participants/" + id + "/eligibility",
                "cm-bluegrass",
                determination.replace("\"authorizedToWork\":true", "\"authorizedToWork\":false"));
        assertThat(second.statusCode()).isEqualTo(201);
        JsonArray history = array(Api.get("/participants/" + id + "/eligibility", "cm-bluegrass"));
        assertThat(history).hasSize(2);
        assertThat(history.getJsonObject(0).getBoolean("eligible"))
                .as("newest first")
                .isFalse();
        assertThat(history.getJsonObject(1).getBoolean("eligible"))
                .as("the first is kept as it was")
                .isTrue();

        assertThat(Api.get("/participants/" + id + "/eligibility", "cm-kentuckiana")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Api.post("/participants/" + id + "/eligibility", "monitor", determination)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> badSource = Api.post(
                "/participants/" + id + "/eligibility",
                "cm-bluegrass",
                determination.replace("SELF_ATTESTATION", "RUMOUR"));
        assertThat(badSource.statusCode()).isEqualTo(400);
        assertThat(fields(badSource)).containsExactly("sources.authorizedToWork");
        assertThat(array(Api.get("/participants/" + id + "/eligibility", "cm-bluegrass")))
                .as("nothing saved")
                .hasSize(2);
    }

    @Test
    @DisplayName(
            "TEGL 23-19: no source is assumed; a missing one and a self-attested birth date are 400s naming the fact")
    void everyFactsSourceIsChosenAndABirthDateIsNotSelfAttested() throws Exception {
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Sol\",\"lastName\":\"Sourced" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"1990-06-15\"}");
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> unsourced = Api.post(
                "/participants/" + id + "/eligibility",
                "cm-bluegrass",
                ADULT_WOMAN.replace("}", ",\"sources\":{\"dateOfBirth\":\"SOURCE_DOCUMENT\"}}"));
        assertThat(unsourced.statusCode()).isEqualTo(400);
        assertThat(fields(unsourced))
                .containsExactlyInAnyOrder("sources.authorizedToWork", "sources.selectiveService", "sources.lowIncome");
        assertThat(unsourced.body()).contains("the authorization to work");

        HttpResponse<String> selfAttested = Api.post(
                "/participants/" + id + "/eligibility",
                "cm-bluegrass",
                ADULT_WOMAN.replace(
                        "}",
                        ",\"sources\":{\"dateOfBirth\":\"SELF_ATTESTATION\",\"authorizedToWork\":\"SELF_ATTESTATION\","
                                + "\"selectiveService\":\"SELF_ATTESTATION\",\"lowIncome\":\"CROSS_MATCH\"}}"));
        assertThat(selfAttested.statusCode()).isEqualTo(400);
        assertThat(fields(selfAttested)).containsExactly("sources.dateOfBirth");
        assertThat(selfAttested.body()).contains("self-attestation alone");
        assertThat(array(Api.get("/participants/" + id + "/eligibility", "cm-bluegrass")))
                .as("nothing saved")
                .isEmpty();
    }

    @Test
    void aStateAdminAddsAYearsIncomeScheduleAndTheRulesUseIt() throws Exception {
        // a year of its own, within the dates the API accepts (1900..2100, issue 18)
        int year = 2030 + (int) (System.nanoTime() % 70);
        String schedule = "{\"stateCode\":\"GA\",\"effectiveDate\":\"" + year + "-01-15\","
                + "\"povertyGuidelines\":[20000,27000,34000,41000],\"povertyGuidelineIncrement\":7000,"
                + "\"llsil70Percent\":[21000,30000,39000,48000],\"llsil70PercentIncrement\":9000,"
                + "\"source\":\"Test schedule\"}";
        assertThat(Api.post("/eligibility/income-schedules", "cm-bluegrass", schedule)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> noSource = Api.post(
                "/eligibility/income-schedules",
                "state-admin",
                schedule.replace("\"source\":\"Test schedule\"", "\"source\":\"\""));
        assertThat(noSource.statusCode()).isEqualTo(400);
        assertThat(fields(noSource)).containsExactly("source");
        assertThat(Api.post("/eligibility/income-schedules", "state-admin", schedule)
                        .statusCode())
                .isEqualTo(201);
        assertThat(Api.post("/eligibility/income-schedules", "state-admin", schedule)
                        .statusCode())
                .as("one schedule per state and date")
                .isEqualTo(400);
        assertThat(array(Api.get("/eligibility/income-schedules?state=GA", "monitor"))
                        .getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("effectiveDate"))
                .contains(year + "-01-15");

        assertThat(array(Api.get("/eligibility/income-schedules?state=KY", "monitor"))
                        .getValuesAs(JsonObject.class))
                .as("the current year's HHS guidelines are seeded")
                .extracting(s -> s.getString("effectiveDate"))
                .contains("2025-01-15", "2026-01-13");

        String youth = "{\"program\":\"ADULT\",\"state\":\"GA\",\"asOf\":\"" + year + "-06-01\","
                + "\"dateOfBirth\":\"1990-01-01\",\"sex\":\"FEMALE\",\"authorizedToWork\":true,"
                + "\"familySize\":2,\"annualFamilyIncome\":29000}";
        JsonObject result = json(Api.post("/eligibility/evaluate", "state-admin", youth));
        assertThat(result.getInt("priorityOfServiceGroup"))
                .as("$29,000 for two is under 70% LLSIL ($30,000) though over HHS ($27,000): low-income, group 2")
                .isEqualTo(2);
    }

    // Issue 13, section "Eligibility": the evaluate API answers each corrected rule.

    private static JsonObject evaluate(String body) throws Exception {
        HttpResponse<String> response = Api.post("/eligibility/evaluate", "cm-bluegrass", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonObject criterion(JsonObject result, String code) {
        return result.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + result));
    }

    private static final String WOMAN = "\"asOf\":\"2026-11-22\",\"sex\":\"FEMALE\",\"authorizedToWork\":true,";

    @Test
    @DisplayName(
            "WIOA 3(15)(B)(ii)-(iii): category 2 by an announcement within 180 days, or a general one without training")
    void dislocatedWorkerCategory2Announcements() throws Exception {
        String dw = "{\"program\":\"DISLOCATED_WORKER\"," + WOMAN + "\"dateOfBirth\":\"1980-01-01\","
                + "\"dislocatedWorkerCategory\":2,\"laidOffByClosureOrSubstantialLayoff\":false,";
        JsonObject within180 = evaluate(dw + "\"employerAnnouncedClosureWithin180Days\":true}");
        assertThat(within180.getString("outcome")).isEqualTo("ELIGIBLE");
        assertThat(within180.getJsonArray("conditions")).isEmpty();

        JsonObject general = evaluate(dw + "\"employerAnnouncedClosureWithin180Days\":false,"
                + "\"employerGeneralAnnouncementOfClosure\":true}");
        assertThat(general.getBoolean("eligible")).isTrue();
        assertThat(general.getJsonArray("conditions").getString(0)).isEqualTo("NO_TRAINING_SERVICES");
        assertThat(criterion(general, "DW_PLANT_CLOSURE").getString("explanation"))
                .contains("3(15)(B)(iii)");
    }

    @Test
    @DisplayName("TEGL 19-16, WIOA 3(16): separating service member; displaced homemaker sub-conditions")
    void separatingServiceMemberAndDisplacedHomemaker() throws Exception {
        String dw = "{\"program\":\"DISLOCATED_WORKER\"," + WOMAN + "\"dateOfBirth\":\"1980-01-01\",";
        assertThat(evaluate(dw + "\"dislocatedWorkerCategory\":1,\"separatingServiceMember\":true}")
                        .getBoolean("eligible"))
                .isTrue();
        HttpResponse<String> incomplete = Api.post(
                "/eligibility/evaluate",
                "cm-bluegrass",
                dw + "\"dislocatedWorkerCategory\":4,\"unpaidServicesToFamilyInHome\":true}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(fields(incomplete))
                .containsExactly(
                        "lostSupportOfFamilyIncome",
                        "militaryFamilyIncomeReduced",
                        "homemakerUnemployedOrUnderemployed");
        JsonObject homemaker = evaluate(dw + "\"dislocatedWorkerCategory\":4,\"unpaidServicesToFamilyInHome\":true,"
                + "\"lostSupportOfFamilyIncome\":false,\"militaryFamilyIncomeReduced\":true,"
                + "\"homemakerUnemployedOrUnderemployed\":true}");
        assertThat(homemaker.getBoolean("eligible")).isTrue();
        assertThat(criterion(homemaker, "DW_HOMEMAKER_INCOME_LOST").getString("explanation"))
                .contains("3(16)(A)(ii)");
    }

    @Test
    @DisplayName(
            "WIOA 3(5)(B), 3(36)(A)(iv), TEGL 19-16: ELL and free lunch are tier 2; the local board's group tier 4")
    void priorityOfServiceTiers() throws Exception {
        String adult = "{\"program\":\"ADULT\"," + WOMAN + "\"dateOfBirth\":\"1990-06-15\","
                + "\"familySize\":1,\"annualFamilyIncome\":90000,";
        assertThat(evaluate(adult + "\"englishLanguageLearner\":true}").getInt("priorityOfServiceGroup"))
                .isEqualTo(2);
        assertThat(evaluate(adult + "\"freeOrReducedLunch\":true}").getInt("priorityOfServiceGroup"))
                .isEqualTo(2);
        assertThat(evaluate(adult + "\"localPriorityPopulation\":true}").getInt("priorityOfServiceGroup"))
                .isEqualTo(4);
        assertThat(evaluate(adult + "\"localPriorityPopulation\":false}").getInt("priorityOfServiceGroup"))
                .isEqualTo(5);
    }

    @Test
    @DisplayName("20 CFR 681.250(c), 681.310(b): the two 5% caps as conditions, counted per LWDA and program year")
    void youthFivePercentCaps() throws Exception {
        JsonObject osy = evaluate("{\"program\":\"YOUTH_OUT_OF_SCHOOL\"," + WOMAN + "\"dateOfBirth\":\"2007-05-01\","
                + "\"attendingSchool\":false,\"holdsSecondaryDiploma\":true,\"englishLanguageLearner\":true,"
                + "\"lowIncomeExceptionUsed\":true}");
        assertThat(osy.getBoolean("eligible")).isTrue();
        assertThat(osy.getJsonArray("conditions").getString(0)).isEqualTo("LOW_INCOME_EXCEPTION");
        JsonObject isy = evaluate("{\"program\":\"YOUTH_IN_SCHOOL\"," + WOMAN + "\"dateOfBirth\":\"2010-05-01\","
                + "\"attendingSchool\":true,\"publicAssistance\":[\"SNAP\"],"
                + "\"youthBarriers\":[\"REQUIRES_ADDITIONAL_ASSISTANCE\"]}");
        assertThat(isy.getJsonArray("conditions").getString(0)).isEqualTo("IN_SCHOOL_ADDITIONAL_ASSISTANCE");

        HttpResponse<String> me = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Cap\",\"lastName\":\"Count" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"2007-05-01\"}");
        long lwda = json(me).getJsonNumber("lwdaId").longValue();
        JsonObject caps = json(Api.get("/eligibility/youth-caps/" + lwda + "?date=2026-11-22", "cm-bluegrass"));
        assertThat(caps.getInt("programYear")).isEqualTo(2026);
        assertThat(caps.getInt("lowIncomeExceptions")).isLessThanOrEqualTo(caps.getInt("youthEnrolled") / 20);
        assertThat(Api.get("/eligibility/youth-caps/" + lwda, "cm-kentuckiana").statusCode())
                .isEqualTo(403);
    }

    @Test
    @DisplayName(
            "20 CFR 681.210(c)(1)-(2): missed quarter only under Kentucky's compulsory age 18; dropout beside a diploma refused")
    void missedQuarterAndDropout() throws Exception {
        String osy = "{\"program\":\"YOUTH_OUT_OF_SCHOOL\"," + WOMAN + "\"attendingSchool\":false,";
        assertThat(evaluate(osy + "\"dateOfBirth\":\"2009-06-01\",\"youthBarriers\":[\"MISSED_SCHOOL_QUARTER\"]}")
                        .getBoolean("eligible"))
                .as("17 in Kentucky")
                .isTrue();
        assertThat(evaluate(osy + "\"dateOfBirth\":\"2008-06-01\",\"youthBarriers\":[\"MISSED_SCHOOL_QUARTER\"]}")
                        .getBoolean("eligible"))
                .as("18 in Kentucky")
                .isFalse();
        HttpResponse<String> dropout = Api.post(
                "/eligibility/evaluate",
                "cm-bluegrass",
                osy + "\"dateOfBirth\":\"2007-06-01\",\"holdsSecondaryDiploma\":true,"
                        + "\"youthBarriers\":[\"SCHOOL_DROPOUT\"]}");
        assertThat(dropout.statusCode()).isEqualTo(400);
        assertThat(fields(dropout)).containsExactly("youthBarriers");
    }

    @Test
    @DisplayName("20 CFR 683.225: Selective Service exemption is a path to eligibility")
    void selectiveServiceExempt() throws Exception {
        JsonObject man = evaluate("{\"program\":\"ADULT\",\"asOf\":\"2026-11-22\",\"sex\":\"MALE\","
                + "\"authorizedToWork\":true,\"dateOfBirth\":\"2004-01-01\",\"selectiveServiceExempt\":true}");
        assertThat(criterion(man, "SELECTIVE_SERVICE").getBoolean("met")).isTrue();
    }

    @Test
    @DisplayName(
            "WIOA 3(36)(A)(ii): above the guideline with no 70% LLSIL entered is 'cannot be determined', and is not saved")
    void lowIncomeCannotBeDeterminedWithoutLlsil() throws Exception {
        String osy = "{\"program\":\"YOUTH_OUT_OF_SCHOOL\"," + WOMAN + "\"dateOfBirth\":\"2007-05-01\","
                + "\"attendingSchool\":false,\"holdsSecondaryDiploma\":true,\"basicSkillsDeficient\":true,"
                + "\"familySize\":2,\"annualFamilyIncome\":30000";
        JsonObject result = evaluate(osy + "}");
        assertThat(result.getString("outcome")).isEqualTo("CANNOT_BE_DETERMINED");
        JsonObject lowIncome = criterion(result, "LOW_INCOME");
        assertThat(lowIncome.getBoolean("determined")).isFalse();
        assertThat(lowIncome.getString("explanation")).contains("the 70% LLSIL table for KY");

        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"Una\",\"lastName\":\"Known" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"2007-05-01\"}");
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> saved = Api.post("/participants/" + id + "/eligibility", "cm-bluegrass", osy + "}");
        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(fields(saved)).containsExactly("incomeThresholds");
    }

    @Test
    @DisplayName("WIOA 3(36)(A)(vi): own income of an individual with a disability needs no family facts")
    void disabilityOwnIncome() throws Exception {
        JsonObject result = evaluate("{\"program\":\"YOUTH_OUT_OF_SCHOOL\"," + WOMAN + "\"dateOfBirth\":\"2007-05-01\","
                + "\"attendingSchool\":false,\"holdsSecondaryDiploma\":true,\"basicSkillsDeficient\":true,"
                + "\"disability\":true,\"individualIncomeForDisability\":9000}");
        assertThat(result.getBoolean("eligible")).isTrue();
    }

    @Test
    @DisplayName("WIOA 3(36): staff's low-income finding without its reason is 400 naming lowIncomeReason")
    void lowIncomeNeedsAReason() throws Exception {
        String adult = "{\"program\":\"ADULT\"," + WOMAN + "\"dateOfBirth\":\"1990-06-15\",\"lowIncome\":true";
        HttpResponse<String> refused = Api.post("/eligibility/evaluate", "cm-bluegrass", adult + "}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("lowIncomeReason");
        assertThat(evaluate(adult + ",\"lowIncomeReason\":\"Pay stubs for 6 months\"}")
                        .getInt("priorityOfServiceGroup"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("20 CFR 681.260: a youth in a high-poverty area is low-income")
    void highPovertyArea() throws Exception {
        JsonObject result = evaluate("{\"program\":\"YOUTH_IN_SCHOOL\"," + WOMAN + "\"dateOfBirth\":\"2010-05-01\","
                + "\"attendingSchool\":true,\"livesInHighPovertyArea\":true,\"basicSkillsDeficient\":true}");
        assertThat(criterion(result, "LOW_INCOME").getString("explanation")).contains("681.260");
    }

    private static java.util.List<String> fields(HttpResponse<String> response) {
        return json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    private static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
