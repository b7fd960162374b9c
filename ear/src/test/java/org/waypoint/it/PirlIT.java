package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.PirlRuns;
import org.waypoint.it.support.WageParticipants;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.reporting.pirl.PirlElement;
import org.waypoint.service.reporting.pirl.PirlLayout;

/**
 * The quarterly PIRL file on the real server (issue 16): a run over participants this test creates
 * (an exited Adult with a service, characteristics at entry that differ from today's record, wage
 * records after exit, and a record with a logical and a valid-value error), its file read back
 * element by element against the layout; and who may do what. Runs stopped or killed mid-way and
 * restarted are {@link PirlKillIT}'s, on a server of its own that it can kill.
 */
@ExtendWith(ArquillianExtension.class)
class PirlIT {

    private static final AtomicLong IDS = new AtomicLong(8_100_000_000_000_000L + System.currentTimeMillis() * 100);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PirlIT.class);
    }

    @Resource(lookup = org.waypoint.service.platform.DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Test
    @DisplayName("a run over known participants: the file read back element by element against the layout")
    void fileReadBackAgainstTheLayout() throws Exception {
        CalendarQuarter report = CalendarQuarter.of(LocalDate.now()).plus(-1);
        LocalDate entry = report.plus(-4).firstDay().plusDays(5);
        LocalDate exit = report.plus(-2).firstDay().plusDays(14);
        WageParticipants.Exited adult = WageParticipants.exited(dataSource, entry, exit);
        String number = number(adult.id());
        LocalDate serviceOn = entry.plusDays(10);
        try (Connection c = dataSource.getConnection()) {
            long enrollment = single(c, "SELECT id FROM enrollment WHERE participant_id = ?", adult.id());
            // At entry: not employed and homeless; today's record says employed (PIRL reads entry).
            update(c, "UPDATE enrollment SET entry_employment_status = 'NOT_EMPLOYED' WHERE id = ?", enrollment);
            update(
                    c,
                    "INSERT INTO enrollment_entry_barrier (enrollment_id, barrier) VALUES (?, 'HOMELESS_OR_RUNAWAY')",
                    enrollment);
            update(
                    c,
                    "INSERT INTO enrollment_entry_assistance (enrollment_id, assistance) VALUES (?, 'SNAP')",
                    enrollment);
            update(c, "UPDATE participant SET employment_status = 'EMPLOYED' WHERE id = ?", adult.id());
            long code = single(c, "SELECT id FROM service_code WHERE state_code = 'KY' AND code = 'BC-JOB-SEARCH'");
            update(
                    c,
                    "INSERT INTO service_record (id, participant_id, enrollment_id, service_code_id, status,"
                            + " actual_start, actual_end, funding_program, created_at, version)"
                            + " VALUES (?, ?, ?, ?, 'COMPLETED_SUCCESSFUL', ?, ?, 'ADULT', ?, 0)",
                    IDS.incrementAndGet(),
                    adult.id(),
                    enrollment,
                    code,
                    serviceOn,
                    serviceOn,
                    Timestamp.from(Instant.now()));
        }
        // Wages: the 1st quarter after exit 5,000.40; the 2nd reported with 0 (not employed).
        CalendarQuarter first = CalendarQuarter.of(exit).plus(1);
        CalendarQuarter second = CalendarQuarter.of(exit).plus(2);
        String wages = "SSN,YEAR,QUARTER,FEIN,WAGES\n" + adult.ssn() + "," + first.year() + "," + first.quarter()
                + ",123456789,5000.40\n" + adult.ssn() + "," + second.year() + "," + second.quarter()
                + ",123456789,0.00\n";
        HttpResponse<String> imported = Api.postBytes(
                "/wage-records/imports?stateCode=KY&fileName=pirl-it.csv",
                "state-admin",
                wages.getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        // A record with errors: born after entry (logical) and a ZIP that is not 5 digits (valid value).
        long broken = Participants.eligibleAdult();
        try (Connection c = dataSource.getConnection()) {
            update(
                    c,
                    "UPDATE participant SET date_of_birth = ?, zip = '4050A' WHERE id = ?",
                    LocalDate.now().plusDays(1),
                    broken);
            update(
                    c,
                    "UPDATE enrollment SET entry_date = ?, participation_date = ? WHERE participant_id = ?",
                    report.firstDay(),
                    report.firstDay(),
                    broken);
        }

        JsonObject done = PirlRuns.runToCompletion(PirlRuns.start(null));
        JsonObject run = done.getJsonObject("run");
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getBoolean("hasFile")).isTrue();
        assertThat(run.getString("sha256")).hasSize(64);
        assertThat(run.getBoolean("submittable"))
                .as("a valid-value error makes the file not submittable")
                .isFalse();
        assertThat(done.getJsonArray("errors").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getJsonNumber("participantId").longValue() == broken)
                .extracting(e -> e.getString("element") + " " + e.getString("family") + " " + e.getString("fix"))
                .contains(
                        "103 VALID_VALUE /waypoint/participants/view.xhtml?id=" + broken + "&tab=record",
                        "200 LOGICAL /waypoint/participants/view.xhtml?id=" + broken + "&tab=record");

        HttpResponse<byte[]> file =
                Api.getBytes(PirlRuns.RUNS + "/" + run.getJsonNumber("id") + "/file", "state-admin");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("X-Content-SHA256")).hasValue(run.getString("sha256"));
        List<PirlElement> layout = PirlLayout.standard().elements();
        Map<String, String> row = null;
        try (CSVParser csv = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(new String(file.body(), StandardCharsets.UTF_8)))) {
            assertThat(csv.getHeaderNames())
                    .as("one column per element of the layout, in its order")
                    .containsExactlyElementsOf(
                            layout.stream().map(PirlElement::number).toList());
            for (CSVRecord record : csv) {
                assertThat(record.size()).isEqualTo(layout.size());
                if (number.equals(record.get("100"))) {
                    assertThat(row).as("one record per period").isNull();
                    row = new HashMap<>(record.toMap());
                }
            }
        }
        assertThat(row).as("the adult's record").isNotNull();
        for (PirlElement element : layout) {
            assertThat(element.invalid(row.get(element.number())))
                    .as("element %s %s = '%s'", element.number(), element.name(), row.get(element.number()))
                    .isEmpty();
        }
        String digits = adult.ssn().replace("-", "");
        assertThat(row)
                .containsEntry("100", number)
                .containsEntry("200", "19900615")
                .containsEntry("900", compact(entry))
                .containsEntry("901", compact(exit))
                .containsEntry("903", "1")
                .containsEntry("918", "0")
                .containsEntry("923", "00")
                .containsEntry("400", "0")
                .containsEntry("800", "1")
                .containsEntry("603", "1")
                .containsEntry("802", "1")
                .containsEntry("1001", compact(serviceOn))
                .containsEntry("1004", compact(serviceOn))
                .containsEntry("1104", compact(serviceOn))
                .containsEntry("1300", "0")
                .containsEntry("1600", "1")
                .containsEntry("1601", "1")
                .containsEntry("1703", "5000")
                .containsEntry("1602", "0")
                .containsEntry("2700", digits)
                .containsEntry("2701", "Bluegrass");
        assertThat(row.get("1302")).as("no training").isEmpty();
    }

    private String number(long participant) throws Exception {
        HttpResponse<String> p = Api.get("/participants/" + participant, "cm-bluegrass");
        return json(p.body()).getString("participantNumber");
    }

    private static String compact(LocalDate date) {
        return date.toString().replace("-", "");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static long single(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
