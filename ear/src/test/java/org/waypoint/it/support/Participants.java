package org.waypoint.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/**
 * Career seekers made through the API for the plan tests, each new (a unique last name), in the
 * Bluegrass LWDA as cm-bluegrass registers them: registered, determined eligible, then enrolled
 * (a WIOA enrollment rests on an eligible determination made on or before entry, 20 CFR
 * 677.150(a)), assessed, with an LMI section reviewed with them.
 */
public final class Participants {

    private Participants() {}

    /** Registered with the first name given and a unique last name. */
    public static long register(String firstName, String dateOfBirth) throws Exception {
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Planner" + System.nanoTime()
                        + "\",\"dateOfBirth\":\"" + dateOfBirth + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    /** Enrolls today; a WIOA program needs an eligible determination first ({@link #determine}). */
    public static void enroll(long id, String program) throws Exception {
        HttpResponse<String> enrolled = tryEnroll(id, program, "cm-bluegrass");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
    }

    /** The answer to enrolling today, whatever it is. */
    public static HttpResponse<String> tryEnroll(long id, String program, String user) throws Exception {
        return Api.post(
                "/participants/" + id + "/enrollments",
                user,
                "{\"program\":\"" + program + "\",\"entryDate\":\"" + LocalDate.now() + "\"}");
    }

    /** An Adult on SNAP (low income), determined eligible and enrolled today. */
    public static long eligibleAdult() throws Exception {
        long id = register("Renee", "1990-06-15");
        determine(id, "ADULT", "1990-06-15", "\"publicAssistance\":[\"SNAP\"]");
        enroll(id, "ADULT");
        return id;
    }

    /**
     * A 19-year-old out-of-school youth without a diploma, homeless (681.210), enrolled and
     * determined eligible today; assessed on {@code assessedOn}, or not assessed when null.
     */
    public static long eligibleYouth(LocalDate assessedOn) throws Exception {
        String born = LocalDate.now().minusYears(19).minusMonths(2).toString();
        long id = register("Jordan", born);
        determine(
                id,
                "YOUTH_OUT_OF_SCHOOL",
                born,
                "\"attendingSchool\":false,\"holdsSecondaryDiploma\":false,\"homeless\":true,"
                        + "\"barriers\":[\"HOMELESS_RUNAWAY_FOSTER\"]");
        enroll(id, "YOUTH_OUT_OF_SCHOOL");
        if (assessedOn != null) {
            HttpResponse<String> assessed = Api.put(
                    "/participants/" + id + "/assessment",
                    "cm-bluegrass",
                    "{\"assessedOn\":\"" + assessedOn + "\",\"strengths\":\"Curious; good with tools\","
                            + "\"stressorsAndChallenges\":\"No stable housing\","
                            + "\"supportiveServiceNeeds\":\"Transportation\"}");
            assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        }
        return id;
    }

    /** A source for every fact a determination of any program asks about (TEGL 23-19, issue 19). */
    public static final String SOURCES =
            "{\"dateOfBirth\":\"SOURCE_DOCUMENT\",\"authorizedToWork\":\"SELF_ATTESTATION\","
                    + "\"selectiveService\":\"CROSS_MATCH\",\"lowIncome\":\"STATE_MIS\",\"dislocation\":\"SOURCE_DOCUMENT\","
                    + "\"youthBarriers\":\"CASE_NOTE\"}";

    /** Saves a determination for today and checks it found the participant eligible. */
    public static void determine(long id, String program, String dateOfBirth, String facts) throws Exception {
        determine(id, program, dateOfBirth, facts, LocalDate.now(), "cm-bluegrass");
    }

    /** Saves a determination for {@code asOf}, by {@code user}, and checks it found the participant eligible. */
    public static void determine(long id, String program, String dateOfBirth, String facts, LocalDate asOf, String user)
            throws Exception {
        HttpResponse<String> determined = Api.post(
                "/participants/" + id + "/eligibility",
                user,
                "{\"program\":\"" + program + "\",\"asOf\":\"" + asOf + "\",\"dateOfBirth\":\""
                        + dateOfBirth + "\",\"sex\":\"FEMALE\",\"authorizedToWork\":true," + facts + ","
                        + "\"sources\":" + SOURCES + "}");
        assertThat(determined.statusCode()).as(determined.body()).isEqualTo(201);
        assertThat(json(determined).getBoolean("eligible"))
                .as(determined.body())
                .isTrue();
    }

    /** The LMI section for Dental Assistants in the Bluegrass LWA, reviewed with the participant. */
    public static long dentalAssistantLmi(long id) throws Exception {
        HttpResponse<String> saved = Api.post(
                "/participants/" + id + "/lmi-reviews",
                "cm-bluegrass",
                "{\"areaId\":\"KY-bluegrass\",\"socs\":[\"31-9091\"],\"reviewedWithParticipant\":true,"
                        + "\"marketableSkills\":true,\"currentMarket\":true}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        return json(saved).getJsonNumber("id").longValue();
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
