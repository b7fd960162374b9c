package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.AsStateAdmin;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.ExitRuleCases;
import org.waypoint.service.exit.ExitJob;
import org.waypoint.service.exit.ExitSql;

/**
 * The daily exit job's SQL agrees with {@link org.waypoint.service.exit.ExitRule} (20 CFR
 * 677.150(c)(1); TEGL 10-16, Change 1) on every case of ExitRuleTest: each case is a participant of
 * its own in the database, with its dates moved to today; the job runs as a state admin starts it,
 * once per state setting the cases need (gaps allowed or not, common exit or not), and every
 * enrollment is then checked against the rule: the 90th against the 91st day, self-service and
 * follow-up not counting, a planned future service and a service going on holding the exit, a
 * planned gap, common exit, and a new period of participation after exit.
 */
@ExtendWith(ArquillianExtension.class)
class ExitRuleSqlIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ExitRuleSqlIT.class);
    }

    @Resource(lookup = org.waypoint.service.platform.DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private AsStateAdmin stateAdmin;

    @EJB
    private ExitJob job;

    @Test
    @DisplayName("677.150(c)(1) and TEGL 10-16 Ch. 1: the job's SQL decides each case as ExitRule does")
    void theJobAgreesWithTheRuleOnEveryCase() throws Exception {
        LocalDate today = LocalDate.now();
        List<String> disagreements = new ArrayList<>();
        List<String> exits = new ArrayList<>();
        int cases = 0;
        try (Connection db = dataSource.getConnection()) {
            long lwda = one(db, "SELECT id FROM lwda WHERE state_code = 'KY' AND name = 'Bluegrass'");
            Map<String, Long> codes = codes(db);
            try {
                for (boolean[] setting : new boolean[][] {{false, true}, {false, false}, {true, false}}) {
                    settings(db, setting[0], setting[1]);
                    List<ExitRuleCases.Written> written = new ArrayList<>();
                    for (ExitRuleCases.Case c : ExitRuleCases.all()) {
                        if (c.facts().commonExit() == setting[0] && c.facts().plannedGapsAllowed() == setting[1]) {
                            written.add(ExitRuleCases.write(db, c, today, lwda, codes));
                        }
                    }
                    cases += written.size();
                    ExitSql.Counts counts = stateAdmin.call(() -> job.runNow(today));
                    assertThat(counts.exited()).as("the run's count").isPositive();
                    disagreements.addAll(ExitRuleCases.disagreements(db, written, today, exits));
                    ExitSql.Counts again = stateAdmin.call(() -> job.runNow(today));
                    assertThat(again.exited())
                            .as("a second run the same day exits nothing more")
                            .isZero();
                }
            } finally {
                settings(db, false, true);
            }
        }
        assertThat(cases).isEqualTo(ExitRuleCases.all().size());
        assertThat(disagreements).isEmpty();
        assertThat(exits)
                .as("the cases where the rule exits")
                .contains(
                        "the 91st day exits / ADULT",
                        "self-service and information-only do not count / ADULT",
                        "follow-up given or planned does not count / ADULT",
                        "planned gap: the day it exits / ADULT",
                        "planned gap where the state allows none / ADULT",
                        "co-enrolled without common exit / ADULT",
                        "common exit: on the last service of any / ADULT",
                        "common exit: on the last service of any / WAGNER_PEYSER",
                        "re-entry: the new period has its own exit / ADULT")
                .doesNotContain(
                        "the 90th day is still within the 90 days / ADULT",
                        "a planned future service holds the exit / ADULT",
                        "planned gap: one day short / ADULT",
                        "co-enrolled without common exit / WAGNER_PEYSER");
    }

    /** Kentucky's exit settings, as its state admin would set them. */
    private static void settings(Connection db, boolean commonExit, boolean plannedGaps) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE state_profile SET common_exit = ?, planned_gaps_allowed = ? WHERE code = 'KY'")) {
            update.setBoolean(1, commonExit);
            update.setBoolean(2, plannedGaps);
            update.executeUpdate();
        }
    }

    /**
     * A Kentucky code for each pair of flags the cases use; the catalog has no participation-level
     * code that leaves the exit clock alone, so the test adds one (once: the database persists).
     */
    private static Map<String, Long> codes(Connection db) throws SQLException {
        Map<String, Long> codes = new HashMap<>();
        codes.put(
                "true/true", one(db, "SELECT id FROM service_code WHERE state_code = 'KY' AND code = 'BC-JOB-SEARCH'"));
        codes.put("false/false", one(db, "SELECT id FROM service_code WHERE state_code = 'KY' AND code = 'SS-SELF'"));
        Long other = oneOrNull(db, "SELECT id FROM service_code WHERE state_code = 'KY' AND code = 'IT-NO-CLOCK'");
        if (other == null) {
            other = 7_000_000_000_000_000L + System.currentTimeMillis();
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO service_code (id, state_code, code, name, category, programs, participation_level,"
                            + " keeps_exit_clock, active, version) VALUES (?, 'KY', 'IT-NO-CLOCK',"
                            + " 'Test: participation-level, not keeping the exit clock', 'SUPPORTIVE',"
                            + " 'ADULT DISLOCATED_WORKER', TRUE, FALSE, FALSE, 1)")) {
                insert.setLong(1, other);
                insert.executeUpdate();
            }
        }
        codes.put("true/false", other);
        return codes;
    }

    private static long one(Connection db, String sql) throws SQLException {
        Long value = oneOrNull(db, sql);
        assertThat(value).as(sql).isNotNull();
        return value;
    }

    private static Long oneOrNull(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : null;
        }
    }
}
