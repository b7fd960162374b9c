package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Probe;

/**
 * Issue 21, the participant search at state scale, on the real server and database: a name prefix
 * finds the last names that start with it, in last-name order, then the first names, in first-name
 * order, and a search with more
 * than 1,000 matches says "more than 1,000" instead of counting every match, while every page of it
 * can still be read. The 1,005 people are written in one SQL statement (registering them one by one
 * would be the slow part of the test, not what it is about).
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantSearchIT {

    private static final int MANY = 1_005;

    /** A surname stem no other test uses, new on each run so the test can run again on the same database. */
    private static final String STEM = "Zq" + tag();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ParticipantSearchIT.class);
    }

    @EJB
    private Probe probe;

    private static boolean seeded;

    @Test
    @DisplayName("a prefix finds last names in last-name order, then first names in first-name order")
    void lastNamesThenFirstNames() throws Exception {
        seed();
        String prefix = STEM.toLowerCase(Locale.ROOT);
        HttpResponse<String> page = Api.get("/participants?max=3&q=" + prefix, "state-admin");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(names(page)).containsExactly(STEM + "0000, Pat", STEM + "0001, Pat", STEM + "0002, Pat");

        HttpResponse<String> across = Api.get("/participants?max=4&first=1003&q=" + prefix, "state-admin");
        assertThat(names(across))
                .as("the last two last names, then Adams and Young, whose first name is the stem")
                .containsExactly(STEM + "1003, Pat", STEM + "1004, Pat", "Adams, " + STEM, "Young, " + STEM);

        HttpResponse<String> two = Api.get("/participants?max=25&q=" + prefix + "%20you", "state-admin");
        assertThat(names(two)).containsExactly("Young, " + STEM);
        assertThat(two.headers().firstValue("X-Total-Count")).hasValue("1");

        HttpResponse<String> caseManager = Api.get("/participants?max=25&q=" + prefix, "cm-bluegrass");
        assertThat(names(caseManager))
                .as("a Bluegrass case manager sees none of Lincoln Trail's")
                .isEmpty();
        assertThat(caseManager.headers().firstValue("X-Total-Count")).hasValue("0");
    }

    @Test
    @DisplayName("past 1,000 matches the total says 'more than 1,000', and the pages past it still read")
    void moreThanAThousandMatches() throws Exception {
        seed();
        String prefix = STEM.toLowerCase(Locale.ROOT);
        HttpResponse<String> first = Api.get("/participants?max=25&q=" + prefix, "state-admin");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Total-Count-More-Than")).hasValue("1000");
        assertThat(first.headers().firstValue("X-Total-Count")).isEmpty();
        assertThat(names(first)).hasSize(25);

        HttpResponse<String> last = Api.get("/participants?max=25&first=1000&q=" + prefix, "state-admin");
        assertThat(names(last))
                .as("the 1,001st to the 1,007th: the last five by last name, then the two by first name")
                .hasSize(MANY + 2 - 1000)
                .last()
                .isEqualTo("Young, " + STEM);

        HttpResponse<String> narrower = Api.get("/participants?max=25&q=" + prefix + "09", "state-admin");
        assertThat(narrower.headers().firstValue("X-Total-Count"))
                .as(STEM + "0900 to " + STEM + "0999: exact below the limit")
                .hasValue("100");
    }

    /**
     * MANY people named STEM0000..., and Adams and Young whose first name is STEM, in Lincoln Trail,
     * where no other test's staff work.
     */
    private void seed() {
        if (seeded) {
            return;
        }
        long lincolnTrail = probe.entityManager()
                .createQuery("SELECT l.id FROM Lwda l WHERE l.name = 'Lincoln Trail'", Long.class)
                .getSingleResult();
        String next = probe.isPostgres() ? "nextval('waypoint_seq')" : "NEXT VALUE FOR waypoint_seq";
        String digits = "(VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9))";
        String number = "a.d * 1000 + b.d * 100 + c.d * 10 + e.d";
        int rows = probe.nativeUpdate("INSERT INTO participant (id, participant_number, first_name, last_name,"
                + " first_name_search, last_name_search, date_of_birth, lwda_id, created_at, version)"
                + " SELECT " + next + ", '" + STEM.toUpperCase(Locale.ROOT) + "-' || LPAD(CAST(" + number
                + " AS VARCHAR(4)), 4, '0'), 'Pat', '" + STEM + "' || LPAD(CAST(" + number
                + " AS VARCHAR(4)), 4, '0'), 'pat', '" + STEM.toLowerCase(Locale.ROOT) + "' || LPAD(CAST(" + number
                + " AS VARCHAR(4)), 4, '0'), DATE '1990-01-01', " + lincolnTrail + ", CURRENT_TIMESTAMP, 1"
                + " FROM " + digits + " a(d) CROSS JOIN " + digits + " b(d) CROSS JOIN " + digits + " c(d)"
                + " CROSS JOIN " + digits + " e(d) WHERE " + number + " < " + MANY);
        assertThat(rows).isEqualTo(MANY);
        for (String last : List.of("Adams", "Young")) {
            probe.nativeUpdate("INSERT INTO participant (id, participant_number, first_name, last_name,"
                    + " first_name_search, last_name_search, date_of_birth, lwda_id, created_at, version)"
                    + " VALUES (" + next + ", '" + STEM.toUpperCase(Locale.ROOT) + "-" + last.charAt(0) + "', '" + STEM
                    + "', '" + last + "', '" + STEM.toLowerCase(Locale.ROOT) + "', '" + last.toLowerCase(Locale.ROOT)
                    + "', DATE '1990-01-01', " + lincolnTrail + ", CURRENT_TIMESTAMP, 1)");
        }
        seeded = true;
    }

    private static List<String> names(HttpResponse<String> response) {
        JsonArray rows = Json.createReader(new StringReader(response.body())).readArray();
        return rows.getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("lastName") + ", " + p.getString("firstName"))
                .toList();
    }

    private static String tag() {
        String letters = "bcdfghjklmnpqrstvwxz";
        Random random = new Random();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            tag.append(letters.charAt(random.nextInt(letters.length())));
        }
        return tag.toString();
    }
}
