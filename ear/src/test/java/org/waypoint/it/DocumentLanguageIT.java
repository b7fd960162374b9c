package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
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
 * The plan on the real server for a participant who prefers Spanish, named outside Windows-1252, at
 * an office on Central time: the PDF prints in Spanish unless English is asked for, the name as
 * written, the signing on the office's clock; an unknown lang is a 400 naming it; an office's zone
 * must be a region id.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentLanguageIT {

    private static final String FIRST = "Thị Ánh";
    private static final String LAST = "Nguyễn";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aSpanishSpeakersPlanPrintsInSpanishOnTheOfficesClockAndInEnglishOnRequest() throws Exception {
        long office = lexingtonOffice();
        setOfficeZone(office, "America/Chicago");
        try {
            String born = "1988-04-" + String.format("%02d", 1 + (int) (System.nanoTime() % 28));
            long participant = register(office, born);
            Participants.determine(participant, "ADULT", born, "\"publicAssistance\":[\"SNAP\"]");
            Participants.enroll(participant, "ADULT");
            JsonObject plan = Participants.json(
                    Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"));
            long planId = plan.getJsonNumber("id").longValue();
            long lmi = Participants.dentalAssistantLmi(participant);
            JsonObject filled = Participants.json(Api.put(
                    "/plans/" + planId,
                    "cm-bluegrass",
                    "{\"versionLock\":" + plan.getJsonNumber("versionLock") + ",\"content\":"
                            + PlanApiIT.COMPLETE_KENTUCKY_IEP.replace("LMI", String.valueOf(lmi)) + "}"));

            String draft = pdf(planId, "");
            assertThat(draft)
                    .contains("Plan Individual de Empleo", "Metas de empleo", "Borrador — sin firmar")
                    .contains(FIRST + " " + LAST)
                    // what staff typed prints as typed
                    .contains("Monthly contact for 12 months");

            HttpResponse<String> signed = Api.post(
                    "/plans/" + planId + "/signatures",
                    "cm-bluegrass",
                    "{\"versionLock\":" + filled.getJsonNumber("versionLock") + ","
                            + "\"participant\":{\"name\":\"" + FIRST + " " + LAST + "\",\"consent\":true},"
                            + "\"staff\":{\"name\":\"Casey Morgan\",\"consent\":true},\"copyOffered\":true}");
            assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);

            String original = pdf(planId, "");
            assertThat(original)
                    .contains("Firmas", "Firmado electrónicamente al escribir el nombre, con consentimiento.")
                    .contains(FIRST + " " + LAST)
                    .containsPattern("Firmado el \\d\\d/\\d\\d/\\d{4} \\d{1,2}:\\d\\d [AP]M C[SD]T");

            String english = pdf(planId, "?lang=en");
            assertThat(english)
                    .contains("Individual Employment Plan", "Employment goals", "Signatures")
                    .contains("Signed electronically by typing the name, with consent.")
                    .contains(FIRST + " " + LAST)
                    .doesNotContain("Metas de empleo");

            HttpResponse<byte[]> unknown = Api.getBytes("/plans/" + planId + "/versions/1/pdf?lang=fr", "cm-bluegrass");
            assertThat(unknown.statusCode()).isEqualTo(400);
            assertThat(new String(unknown.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("lang");
        } finally {
            setOfficeZone(office, null);
        }
    }

    @Test
    void anOfficeZoneMustBeARegionId() throws Exception {
        long office = lexingtonOffice();
        HttpResponse<String> answer =
                Api.put("/reference/offices/" + office + "/time-zone", "state-admin", "{\"timeZone\":\"CST\"}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("timeZone");
    }

    private static String pdf(long planId, String query) throws Exception {
        HttpResponse<byte[]> pdf = Api.getBytes("/plans/" + planId + "/versions/1/pdf" + query, "cm-bluegrass");
        assertThat(pdf.statusCode()).isEqualTo(200);
        return Documents.pdfText(pdf.body());
    }

    private static long register(long office, String born) throws Exception {
        HttpResponse<String> created = Api.post(
                "/participants",
                "cm-bluegrass",
                "{\"firstName\":\"" + FIRST + "\",\"lastName\":\"" + LAST + "\",\"dateOfBirth\":\"" + born
                        + "\",\"preferredLanguage\":\"Spanish\",\"officeId\":" + office + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Participants.json(created).getJsonNumber("id").longValue();
    }

    private static void setOfficeZone(long office, String zone) throws Exception {
        HttpResponse<String> saved = Api.put(
                "/reference/offices/" + office + "/time-zone",
                "state-admin",
                "{\"timeZone\":" + (zone == null ? "null" : "\"" + zone + "\"") + "}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private static long lexingtonOffice() throws Exception {
        long bluegrass = Json.createReader(new StringReader(
                        Api.get("/reference/lwdas", "state-admin").body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(l -> "Bluegrass".equals(l.getString("name")) && "KY".equals(l.getString("stateCode")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        return Json.createReader(new StringReader(Api.get("/reference/lwdas/" + bluegrass + "/offices", "state-admin")
                        .body()))
                .readArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> "Lexington Career Center".equals(o.getString("name")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }
}
