package org.waypoint.it.support;

import static org.waypoint.persistence.participant.Program.ADULT;
import static org.waypoint.persistence.participant.Program.DISLOCATED_WORKER;
import static org.waypoint.persistence.participant.Program.WAGNER_PEYSER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.exit.ExitDecision;
import org.waypoint.service.exit.ExitFacts;
import org.waypoint.service.exit.ExitFacts.Enrollment;
import org.waypoint.service.exit.ExitFacts.PlannedGap;
import org.waypoint.service.exit.ExitFacts.Service;
import org.waypoint.service.exit.ExitRule;

/**
 * The cases of ExitRuleTest (20 CFR 677.150(c)(1); TEGL 10-16, Change 1) as {@link ExitFacts}, and
 * a writer that puts one case into the database as a participant of its own with enrollments,
 * service records and planned gaps, every date moved so that the case's day falls on the day the
 * job runs. The SQL-versus-rule test runs the job once per state setting and compares each
 * enrollment with what {@link org.waypoint.service.exit.ExitRule} decides on the same facts.
 */
public final class ExitRuleCases {

    /** One case of the rule, named after the test it comes from. */
    public record Case(String name, ExitFacts facts) {}

    /** A case as written: its participant, and the database id of each of its enrollments. */
    public record Written(Case source, long participantId, Map<Long, Long> enrollmentIds, long shiftDays) {}

    static final LocalDate LAST = LocalDate.of(2026, 1, 10);
    static final LocalDate ENTRY = LocalDate.of(2025, 11, 3);
    private static final Enrollment ADULT_OPEN = new Enrollment(1, ADULT, ENTRY, null);
    private static final PlannedGap WAITING_FOR_CLASS =
            new PlannedGap(ADULT, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31), "Training starts in April");

    /** Above any id the application's sequences hand out, and new on every run (the test database persists). */
    private static final AtomicLong IDS = new AtomicLong(8_000_000_000_000_000L + System.currentTimeMillis() * 100);

    private ExitRuleCases() {}

    /** Every case, each with the state settings it needs (common exit, planned gaps). */
    public static List<Case> all() {
        LocalDate end = LAST.plusDays(130);
        LocalDate lastWagnerPeyser = LocalDate.of(2026, 3, 1);
        LocalDate back = LocalDate.of(2026, 9, 1);
        Service training = new Service(ADULT, LAST.plusDays(120), LAST.plusDays(121), end, true, true);
        List<Case> cases = new ArrayList<>(List.of(
                new Case("the 90th day is still within the 90 days", facts(LAST.plusDays(90), delivered(ADULT, LAST))),
                new Case("the 91st day exits", facts(LAST.plusDays(91), delivered(ADULT, LAST))),
                new Case(
                        "a long service counts from its end",
                        facts(
                                LAST.plusDays(91),
                                new Service(ADULT, LocalDate.of(2025, 11, 1), ENTRY, LAST, true, true))),
                new Case("no service yet", facts(LAST)),
                new Case(
                        "self-service and information-only do not count",
                        facts(
                                LAST.plusDays(91),
                                delivered(ADULT, LAST),
                                new Service(ADULT, null, LAST.plusDays(60), LAST.plusDays(60), false, false),
                                new Service(ADULT, null, LAST.plusDays(80), LAST.plusDays(80), false, false))),
                new Case(
                        "follow-up given or planned does not count",
                        facts(
                                LAST.plusDays(91),
                                delivered(ADULT, LAST),
                                new Service(ADULT, null, LAST.plusDays(45), LAST.plusDays(45), false, false),
                                new Service(ADULT, LAST.plusDays(120), null, null, false, false))),
                new Case(
                        "a code that does not keep the clock does not count",
                        facts(
                                LAST.plusDays(91),
                                delivered(ADULT, LAST),
                                new Service(ADULT, null, LAST.plusDays(30), LAST.plusDays(30), true, false))),
                new Case(
                        "a planned future service holds the exit",
                        facts(
                                LAST.plusDays(100),
                                delivered(ADULT, LAST),
                                new Service(ADULT, LAST.plusDays(120), null, null, true, true))),
                new Case(
                        "delivered plan: the 90th day after its end",
                        facts(end.plusDays(90), delivered(ADULT, LAST), training)),
                new Case(
                        "delivered plan: the 91st day after its end",
                        facts(end.plusDays(91), delivered(ADULT, LAST), training)),
                new Case(
                        "a service going on holds the exit",
                        facts(
                                LAST.plusDays(200),
                                new Service(ADULT, null, LocalDate.of(2025, 12, 1), null, true, true))),
                new Case("planned gap: the usual 91st day", gapFacts(LAST.plusDays(91), true)),
                new Case("planned gap: one day short", gapFacts(LAST.plusDays(91 + 58), true)),
                new Case("planned gap: the day it exits", gapFacts(LAST.plusDays(91 + 59), true)),
                new Case("planned gap: during the gap", gapFacts(LocalDate.of(2026, 3, 1), true)),
                new Case("planned gap where the state allows none", gapFacts(LAST.plusDays(91), false)),
                new Case("co-enrolled without common exit", coEnrolled(LAST.plusDays(91), false)),
                new Case(
                        "common exit: before the last service of any is 90 days old",
                        coEnrolled(LAST.plusDays(91), true)),
                new Case("common exit: on the last service of any", coEnrolled(lastWagnerPeyser.plusDays(91), true)),
                new Case(
                        "common exit: a plan in one program holds all",
                        new ExitFacts(
                                LAST.plusDays(120),
                                true,
                                false,
                                List.of(
                                        new Enrollment(3, DISLOCATED_WORKER, ENTRY, null),
                                        new Enrollment(2, WAGNER_PEYSER, ENTRY, null)),
                                List.of(
                                        delivered(DISLOCATED_WORKER, LAST),
                                        new Service(WAGNER_PEYSER, LAST.plusDays(150), null, null, true, true)),
                                List.of())),
                new Case(
                        "re-entry: the new period has its own exit",
                        new ExitFacts(
                                back.plusDays(91),
                                false,
                                true,
                                List.of(new Enrollment(1, ADULT, ENTRY, LAST), new Enrollment(2, ADULT, back, null)),
                                List.of(delivered(ADULT, LAST), delivered(ADULT, back)),
                                List.of()))));
        return cases;
    }

    /**
     * Writes the case for a run on {@code asOf} in the LWDA given, with the state's service codes
     * of each flag pair ({@code codes} keyed "participation/keepsClock", e.g. "true/false").
     */
    public static Written write(Connection db, Case c, LocalDate asOf, long lwdaId, Map<String, Long> codes)
            throws SQLException {
        long shift = ChronoUnit.DAYS.between(c.facts().asOf(), asOf);
        long participant = IDS.incrementAndGet();
        Instant now = Instant.now();
        update(
                db,
                "INSERT INTO participant (id, participant_number, first_name, last_name, date_of_birth, lwda_id,"
                        + " created_at, version) VALUES (?, ?, 'Rule', ?, ?, ?, ?, 1)",
                participant,
                "XR" + String.valueOf(participant).substring(9),
                c.name().length() > 60 ? c.name().substring(0, 60) : c.name(),
                LocalDate.of(1985, 4, 2),
                lwdaId,
                Timestamp.from(now));
        Map<Long, Long> ids = new HashMap<>();
        for (Enrollment e : c.facts().enrollments()) {
            long id = IDS.incrementAndGet();
            ids.put(e.id(), id);
            update(
                    db,
                    "INSERT INTO enrollment (id, participant_id, program, entry_date, exit_date, exit_reason, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 1)",
                    id,
                    participant,
                    e.program().name(),
                    e.entryDate().plusDays(shift),
                    e.exitDate() == null ? null : e.exitDate().plusDays(shift),
                    e.exitDate() == null ? null : "MANUAL");
        }
        for (Service s : c.facts().services()) {
            Enrollment in =
                    enrollmentOf(c.facts(), s.program(), s.actualStart() != null ? s.actualStart() : s.plannedStart());
            String status = s.actualEnd() != null
                    ? "COMPLETED_SUCCESSFUL"
                    : s.actualStart() != null ? "IN_PROGRESS" : "PLANNED";
            update(
                    db,
                    "INSERT INTO service_record (id, participant_id, enrollment_id, service_code_id, status,"
                            + " planned_start, actual_start, actual_end, funding_program, created_at, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    IDS.incrementAndGet(),
                    participant,
                    ids.get(in.id()),
                    codes.get(s.participationLevel() + "/" + s.keepsExitClock()),
                    status,
                    shifted(s.plannedStart(), shift),
                    shifted(s.actualStart(), shift),
                    shifted(s.actualEnd(), shift),
                    s.program().name(),
                    Timestamp.from(now));
        }
        for (PlannedGap g : c.facts().gaps()) {
            Enrollment in = enrollmentOf(c.facts(), g.program(), g.from());
            update(
                    db,
                    "INSERT INTO service_gap (id, enrollment_id, gap_from, gap_to, reason, recorded_at, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 1)",
                    IDS.incrementAndGet(),
                    ids.get(in.id()),
                    g.from().plusDays(shift),
                    g.to().plusDays(shift),
                    g.reason(),
                    Timestamp.from(now));
        }
        return new Written(c, participant, ids, shift);
    }

    /**
     * Where the database, after the job's run on {@code asOf}, differs from what {@link ExitRule}
     * decides on the same facts (moved to that day): one line per enrollment; empty when they agree.
     * {@code exits} collects each exit the rule decided, so a test can check that there were some.
     */
    public static List<String> disagreements(Connection db, List<Written> written, LocalDate asOf, List<String> exits)
            throws SQLException {
        List<String> wrong = new ArrayList<>();
        for (Written w : written) {
            Map<Long, ExitDecision> decided = new HashMap<>();
            ExitRule.decide(w.source().facts()).forEach(d -> decided.put(d.enrollmentId(), d));
            for (Enrollment e : w.source().facts().enrollments()) {
                Object[] stored = exitOf(db, w.enrollmentIds().get(e.id()));
                LocalDate expected;
                if (!e.isOpen()) {
                    expected = e.exitDate().plusDays(w.shiftDays());
                } else if (decided.get(e.id()).outcome() == ExitDecision.Outcome.EXITS) {
                    expected = decided.get(e.id()).exitDate().plusDays(w.shiftDays());
                    exits.add(w.source().name() + " / " + e.program());
                } else {
                    expected = null;
                }
                if (!java.util.Objects.equals(expected, stored[0])) {
                    wrong.add(w.source().name() + " / " + e.program() + ": the rule says "
                            + (expected == null
                                    ? "open (" + decided.get(e.id()).outcome() + ")"
                                    : "exit on " + expected)
                            + ", the job left " + (stored[0] == null ? "it open" : "an exit on " + stored[0]));
                }
            }
        }
        return wrong;
    }

    /** The exit date and reason the database holds for an enrollment (nulls while open). */
    public static Object[] exitOf(Connection db, long enrollmentId) throws SQLException {
        try (PreparedStatement query =
                db.prepareStatement("SELECT exit_date, exit_reason FROM enrollment WHERE id = ?")) {
            query.setLong(1, enrollmentId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Object[] {row.getObject(1, LocalDate.class), row.getString(2)};
            }
        }
    }

    /** The enrollment of that program whose period the day falls in (the latest entered by then). */
    private static Enrollment enrollmentOf(ExitFacts facts, Program program, LocalDate day) {
        List<Enrollment> same = facts.enrollments().stream()
                .filter(e -> e.program() == program)
                .sorted(Comparator.comparing(Enrollment::entryDate))
                .toList();
        Enrollment chosen = same.get(0);
        for (Enrollment e : same) {
            if (day != null && !e.entryDate().isAfter(day)) {
                chosen = e;
            }
        }
        return chosen;
    }

    private static LocalDate shifted(LocalDate day, long shift) {
        return day == null ? null : day.plusDays(shift);
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Service delivered(Program program, LocalDate day) {
        return new Service(program, null, day, day, true, true);
    }

    private static ExitFacts facts(LocalDate asOf, Service... services) {
        return new ExitFacts(asOf, false, true, List.of(ADULT_OPEN), List.of(services), List.of());
    }

    private static ExitFacts gapFacts(LocalDate asOf, boolean allowed) {
        return new ExitFacts(
                asOf, false, allowed, List.of(ADULT_OPEN), List.of(delivered(ADULT, LAST)), List.of(WAITING_FOR_CLASS));
    }

    private static ExitFacts coEnrolled(LocalDate asOf, boolean commonExit) {
        return new ExitFacts(
                asOf,
                commonExit,
                false,
                List.of(ADULT_OPEN, new Enrollment(2, WAGNER_PEYSER, ENTRY, null)),
                List.of(delivered(ADULT, LAST), delivered(WAGNER_PEYSER, LocalDate.of(2026, 3, 1))),
                List.of());
    }
}
