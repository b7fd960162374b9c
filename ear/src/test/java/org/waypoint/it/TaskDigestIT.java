package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.Probe;
import org.waypoint.it.support.Trainees;

/**
 * Issue 15, the daily task digest through a real SMTP server: GreenMail, started by this test inside
 * the test server on the port the server's mail session was pointed at (-Dwaypoint.smtp.port, from
 * the build's it.smtp.port). Off by default; a case manager without an e-mail address cannot turn it
 * on; once on, the state admin's "send now" mails them their counts and links, with participant
 * numbers and without names.
 */
@ExtendWith(ArquillianExtension.class)
class TaskDigestIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWithTests(TaskDigestIT.class);
        ear.getAsType(WebArchive.class, "waypoint-web.war").addAsLibrary(jarOf(GreenMail.class));
        return ear;
    }

    @EJB
    private Probe probe;

    @Test
    @DisplayName("opted in, the case manager gets their counts and links by e-mail, numbers without names")
    void digestThroughSmtp() throws Exception {
        int port = Integer.parseInt(System.getProperty("waypoint.smtp.port"));
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            probe.nativeUpdate(
                    "UPDATE staff_account SET email = NULL, task_digest = FALSE WHERE username = 'cm-bluegrass'");
            assertThat(json(Api.get("/tasks/digest", "cm-bluegrass")).getBoolean("on"))
                    .as("off by default")
                    .isFalse();
            HttpResponse<String> noAddress = Api.put("/tasks/digest", "cm-bluegrass", "{\"on\":true}");
            assertThat(noAddress.statusCode()).as(noAddress.body()).isEqualTo(400);
            assertThat(noAddress.body()).contains("\"on\"");
            assertThat(Api.put("/tasks/digest", "cm-bluegrass", "{\"on\":\"yes\"}")
                            .statusCode())
                    .isEqualTo(400);

            long participant = Participants.eligibleAdult();
            Trainees.startIep(participant);
            probe.nativeUpdate("UPDATE staff_account SET email = 'casey.morgan@bluegrass.example'"
                    + " WHERE username = 'cm-bluegrass'");
            HttpResponse<String> on = Api.put("/tasks/digest", "cm-bluegrass", "{\"on\":true}");
            assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
            assertThat(json(on).getBoolean("on")).isTrue();

            assertThat(Api.post("/tasks/digest/send", "cm-bluegrass", "{}").statusCode())
                    .isEqualTo(403);
            HttpResponse<String> sent = Api.post("/tasks/digest/send", "state-admin", "{}");
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            assertThat(json(sent).getInt("sent")).isPositive();

            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getAllRecipients()[0].toString().equals("casey.morgan@bluegrass.example");
                        } catch (jakarta.mail.MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .findFirst()
                    .orElseThrow();
            JsonObject list = json(Api.get("/tasks", "cm-bluegrass"));
            String body = (String) mail.getContent();
            JsonObject first = list.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("category").equals("UNSIGNED_PLAN"))
                    .findFirst()
                    .orElseThrow()
                    .getJsonArray("items")
                    .getJsonObject(0);
            assertThat(mail.getSubject())
                    .startsWith("Waypoint tasks for ")
                    .contains(": " + list.getInt("total") + " due");
            assertThat(body)
                    .contains("Unsigned plans: " + count(list, "UNSIGNED_PLAN"))
                    .contains("Follow-up contacts due: " + count(list, "FOLLOW_UP_CONTACT"))
                    .contains("/tasks/list.xhtml?category=UNSIGNED_PLAN")
                    .contains("/plans/edit.xhtml?id=")
                    .contains(first.getString("participantNumber"))
                    .doesNotContain(first.getString("participantName"));
        } finally {
            smtp.stop();
            probe.nativeUpdate(
                    "UPDATE staff_account SET email = NULL, task_digest = FALSE WHERE username = 'cm-bluegrass'");
        }
    }

    private static int count(JsonObject list, String category) {
        return list.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("category").equals(category))
                .findFirst()
                .orElseThrow()
                .getInt("count");
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
