package org.waypoint.tools.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.plan.PlanSignature;
import org.waypoint.persistence.plan.PlanVersion;
import org.waypoint.service.plan.ObjectiveStatus;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanDocuments;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.YouthProgramElement;

/**
 * The generator against an H2 database migrated by Waypoint's own Flyway scripts and given a small
 * reference set: two LWDAs with counties (one with an office and a case manager, one with neither),
 * one LWDA without counties and one county outside any LWDA.
 */
class SyntheticParticipantsTest {

    private static final String URL = "jdbc:h2:mem:gen;DB_CLOSE_DELAY=-1";
    private static final long WITH_STAFF = 1;
    private static final long WITHOUT_STAFF = 2;
    private static final long WITHOUT_COUNTIES = 3;

    @BeforeAll
    static void migrateAndLoadReferenceData() throws SQLException {
        migrate(URL);
        try (Connection c = connect(URL);
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO state_profile (code, name, plan_review_interval_days, assessment_max_age_months,"
                    + " version) VALUES ('KY', 'Kentucky', 90, 6, 0)");
            s.execute("INSERT INTO lwda (id, state_code, code, name, version) VALUES"
                    + " (1, 'KY', 'bluegrass', 'Bluegrass', 0),"
                    + " (2, 'KY', 'cumberlands', 'Cumberlands', 0),"
                    + " (3, 'KY', 'empty', 'No counties yet', 0)");
            s.execute("INSERT INTO county (fips, name, state_code, lwda_id, version) VALUES"
                    + " ('21067', 'Fayette', 'KY', 1, 0), ('21151', 'Madison', 'KY', 1, 0),"
                    + " ('21001', 'Adair', 'KY', 2, 0), ('21053', 'Clinton', 'KY', 2, 0),"
                    + " ('21111', 'Jefferson', 'KY', NULL, 0)");
            s.execute("INSERT INTO zip_county (zip, county_fips) VALUES ('40502', '21067'), ('40503', '21067'),"
                    + " ('40475', '21151'), ('42728', '21001'), ('42602', '21053'), ('40202', '21111')");
            s.execute("INSERT INTO office (id, lwda_id, name, street, city, zip, phone, active, version) VALUES"
                    + " (10, 1, 'Lexington Career Center', '300 New Circle Rd', 'Lexington', '40505',"
                    + " '859-555-0100', TRUE, 0)");
            s.execute("INSERT INTO staff_account (id, username, display_name, role, lwda_id, office_id,"
                    + " password_hash, failed_attempts, enabled, demo, password_changed_at, version) VALUES"
                    + " (20, 'cm-test', 'Casey Test', 'CASE_MANAGER', 1, 10, 'not-a-hash', 0, TRUE, FALSE,"
                    + " CURRENT_TIMESTAMP, 0)");
            s.execute("INSERT INTO service_code (id, state_code, code, name, category, programs, participation_level,"
                    + " keeps_exit_clock, active, version) VALUES (30, 'KY', 'BC-JOB-SEARCH', 'Job search',"
                    + " 'BASIC_CAREER', 'ADULT DISLOCATED_WORKER WAGNER_PEYSER', TRUE, TRUE, TRUE, 0)");
        }
    }

    @Test
    @DisplayName("20 CFR 677.150(c): every enrollment has services; an exited one ends on its last day of service")
    void enrollmentsHaveServicesAndExitOnTheLastOne() throws SQLException {
        long before = maxParticipantId();
        SyntheticParticipants.Summary summary = SyntheticParticipants.run(args("300", "11"), quiet());

        assertThat(summary.services()).isGreaterThanOrEqualTo(summary.enrollments());
        assertThat(count(
                        "SELECT COUNT(*) FROM enrollment e WHERE e.participant_id > ? AND NOT EXISTS"
                                + " (SELECT 1 FROM service_record s WHERE s.enrollment_id = e.id"
                                + " AND s.actual_start = e.entry_date)",
                        before))
                .as("enrollments without a service on entry")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM enrollment e WHERE e.participant_id > ? AND e.exit_date IS NOT NULL"
                                + " AND (e.exit_reason IS NULL OR e.exit_date <> (SELECT MAX(s.actual_end)"
                                + " FROM service_record s WHERE s.enrollment_id = e.id))",
                        before))
                .as("exits not on the last day of service")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM service_record s JOIN enrollment e ON e.id = s.enrollment_id"
                                + " WHERE e.participant_id > ? AND (s.actual_end > CURRENT_DATE"
                                + " OR s.actual_start < e.entry_date)",
                        before))
                .as("services outside their enrollment's period or in the future")
                .isZero();
    }

    @Test
    void fiveHundredParticipantsEachInACountyOfTheirOwnLwda() throws SQLException {
        long before = maxParticipantId();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        SyntheticParticipants.Summary summary = SyntheticParticipants.run(
                new String[] {"--url", URL, "--user", "sa", "--password", "", "--count", "500", "--seed", "7"},
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(summary.participants()).isEqualTo(500);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Created 500 participants");
        assertThat(count("SELECT COUNT(*) FROM participant WHERE id > ?", before))
                .isEqualTo(500);
        assertThat(count(
                        "SELECT COUNT(*) FROM participant p LEFT JOIN county c ON c.fips = p.county_fips"
                                + " WHERE p.id > ? AND (c.lwda_id IS NULL OR c.lwda_id <> p.lwda_id)",
                        before))
                .as("participants whose county is not in their LWDA")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM participant p WHERE p.id > ? AND NOT EXISTS (SELECT 1 FROM zip_county z"
                                + " WHERE z.zip = p.zip AND z.county_fips = p.county_fips)",
                        before))
                .as("participants whose ZIP is not one of their county's")
                .isZero();
        assertThat(count("SELECT COUNT(DISTINCT lwda_id) FROM participant WHERE id > ?", before))
                .as("both LWDAs with counties, not the one without")
                .isEqualTo(2);
        assertThat(count(
                        "SELECT COUNT(*) FROM participant WHERE id > ? AND (address_state <> 'KY'"
                                + " OR first_name_search <> LOWER(first_name) OR last_name_search <> LOWER(last_name)"
                                + " OR ssn_hash IS NOT NULL OR version <> 1)",
                        before))
                .isZero();
    }

    @Test
    void officeAndCaseManagerOnlyWhereTheLwdaHasThem() throws SQLException {
        long before = maxParticipantId();

        SyntheticParticipants.run(args("300", "11"), quiet());

        assertThat(count(
                        "SELECT COUNT(*) FROM participant WHERE id > ? AND lwda_id = " + WITH_STAFF
                                + " AND (office_id IS NULL OR office_id <> 10 OR case_manager_id <> 20)",
                        before))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM participant WHERE id > ? AND lwda_id = " + WITHOUT_STAFF
                                + " AND (office_id IS NOT NULL OR case_manager_id IS NOT NULL)",
                        before))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM case_note n JOIN participant p ON p.id = n.participant_id"
                                + " WHERE p.id > ? AND n.author <> CASE WHEN p.lwda_id = " + WITH_STAFF
                                + " THEN 'cm-test' ELSE 'generator' END",
                        before))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM participant WHERE id > ? AND lwda_id = " + WITHOUT_COUNTIES, before))
                .isZero();
    }

    @Test
    void numbersAreUniqueAndShapedLikeTheServers() throws SQLException {
        long before = maxParticipantId();

        SyntheticParticipants.run(args("500", "42"), quiet());

        List<String> numbers = strings("SELECT participant_number FROM participant WHERE id > ?", before);
        assertThat(numbers).hasSize(500).doesNotHaveDuplicates().allMatch(n -> n.matches("WP-[A-Z2-9]{8}"));
        assertThat(numbers).noneMatch(n -> n.substring(3).matches(".*[IO01].*"));
    }

    @Test
    void everyParticipantHasOneOrTwoEnrollmentsAndAtLeastOneNote() throws SQLException {
        long before = maxParticipantId();

        SyntheticParticipants.run(args("500", "3"), quiet());

        assertThat(count(
                        "SELECT COUNT(*) FROM participant p WHERE p.id > ? AND (SELECT COUNT(*) FROM enrollment e"
                                + " WHERE e.participant_id = p.id) NOT BETWEEN 1 AND 2",
                        before))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM participant p WHERE p.id > ? AND (SELECT COUNT(*) FROM case_note n"
                                + " WHERE n.participant_id = p.id) NOT BETWEEN 1 AND 4",
                        before))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM enrollment e JOIN participant p ON p.id = e.participant_id"
                                + " WHERE p.id > ? AND (e.version <> 1 OR e.entry_date > CURRENT_DATE"
                                + " OR e.exit_date < e.entry_date OR e.exit_date > CURRENT_DATE)",
                        before))
                .isZero();
        long enrollments = count(
                "SELECT COUNT(*) FROM enrollment e JOIN participant p ON p.id = e.participant_id WHERE p.id > ?",
                before);
        long exited = count(
                "SELECT COUNT(*) FROM enrollment e JOIN participant p ON p.id = e.participant_id"
                        + " WHERE p.id > ? AND e.exit_date IS NOT NULL",
                before);
        assertThat((double) exited / enrollments)
                .as("share of enrollments exited")
                .isBetween(0.15, 0.45);
        assertThat(count(
                        "SELECT COUNT(*) FROM case_note n JOIN participant p ON p.id = n.participant_id"
                                + " WHERE p.id > ? AND (n.text_search <> LOWER(n.text) OR n.lwda_id <> p.lwda_id)",
                        before))
                .isZero();
    }

    /** 20 CFR 681.220(b): in-school youth are 14 to 21; 681.210(b): out-of-school youth 16 to 24. */
    @Test
    void youthEnrollmentsOnlyAtYouthAges() throws SQLException {
        long before = maxParticipantId();

        SyntheticParticipants.run(args("500", "5"), quiet());

        Map<String, List<Integer>> agesByProgram = new HashMap<>();
        try (Connection c = connect(URL);
                PreparedStatement q =
                        c.prepareStatement("SELECT e.program, p.date_of_birth, e.entry_date FROM enrollment e"
                                + " JOIN participant p ON p.id = e.participant_id WHERE p.id > ?")) {
            q.setLong(1, before);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    int age = Period.between(rows.getObject(2, LocalDate.class), rows.getObject(3, LocalDate.class))
                            .getYears();
                    agesByProgram
                            .computeIfAbsent(rows.getString(1), p -> new ArrayList<>())
                            .add(age);
                }
            }
        }
        assertThat(agesByProgram.get("YOUTH_IN_SCHOOL")).isNotEmpty().allMatch(age -> age >= 14 && age <= 21);
        assertThat(agesByProgram.get("YOUTH_OUT_OF_SCHOOL")).isNotEmpty().allMatch(age -> age >= 16 && age <= 24);
        assertThat(agesByProgram.get("ADULT")).isNotEmpty().allMatch(age -> age >= 18);
        assertThat(agesByProgram).containsKeys("DISLOCATED_WORKER", "WAGNER_PEYSER");
    }

    @Test
    void determinationsAreTheRulesOwnAndEveryWioaEnrollmentRestsOnOne() throws SQLException {
        long before = maxParticipantId();

        SyntheticParticipants.run(args("500", "9"), quiet());

        long determinations = count(
                "SELECT COUNT(*) FROM eligibility_determination d JOIN participant p ON p.id = d.participant_id"
                        + " WHERE p.id > ?",
                before);
        // Issue 13 item 8: every WIOA enrollment rests on an eligible determination, so many more than
        // the old 60% are determined; only Wagner-Peyser-only people and undeterminable incomes are not.
        assertThat(determinations).isBetween(330L, 480L);
        assertThat(count(
                        "SELECT COUNT(*) FROM enrollment e JOIN participant p ON p.id = e.participant_id"
                                + " WHERE p.id > ? AND e.program <> 'WAGNER_PEYSER' AND NOT EXISTS (SELECT 1 FROM"
                                + " eligibility_determination d WHERE d.participant_id = p.id AND d.program ="
                                + " e.program AND d.eligible AND d.as_of <= e.entry_date)",
                        before))
                .isZero();
        long eligible = count(
                "SELECT COUNT(*) FROM eligibility_determination d JOIN participant p ON p.id = d.participant_id"
                        + " WHERE p.id > ? AND d.eligible",
                before);
        assertThat((double) eligible / determinations).isGreaterThan(0.85);
        assertThat(strings(
                        "SELECT DISTINCT STRING_AGG(c.code, ',') WITHIN GROUP (ORDER BY c.position)"
                                + " FROM eligibility_criterion c JOIN eligibility_determination d"
                                + " ON d.id = c.determination_id WHERE d.participant_id > ? AND d.program = 'ADULT'"
                                + " GROUP BY d.id",
                        before))
                .containsExactly("AGE,AUTHORIZED_TO_WORK,SELECTIVE_SERVICE");
        assertThat(count(
                        "SELECT COUNT(*) FROM eligibility_determination d WHERE d.participant_id > ? AND"
                                + " ((d.program = 'ADULT') <> (d.priority_group BETWEEN 1 AND 5)"
                                + " OR d.program = 'WAGNER_PEYSER' OR d.lwda_id <> (SELECT p.lwda_id FROM participant p"
                                + " WHERE p.id = d.participant_id))",
                        before))
                .isZero();
        assertThat(strings(
                        "SELECT DISTINCT STRING_AGG(s.fact || '=' || s.source, ',') WITHIN GROUP (ORDER BY s.fact)"
                                + " FROM eligibility_fact_source s JOIN eligibility_determination d"
                                + " ON d.id = s.determination_id WHERE d.participant_id > ? GROUP BY d.id",
                        before))
                .containsExactly("authorizedToWork=SELF_ATTESTATION,dateOfBirth=SOURCE_DOCUMENT");
        assertThat(count(
                        "SELECT COUNT(*) FROM eligibility_determination d JOIN participant p ON p.id = d.participant_id"
                                + " WHERE p.id > ? AND (d.as_of NOT IN (SELECT e.entry_date FROM enrollment e"
                                + " WHERE e.participant_id = p.id) OR d.facts NOT LIKE '{\"asOf\":\"%')",
                        before))
                .isZero();
    }

    /**
     * 85% of the participants with a WIOA enrollment have a plan of its kind (an ISS for a youth
     * enrollment, 20 CFR 681.420; an IEP otherwise, 680.170), started on or after its entry by their
     * case manager in their LWDA; Wagner-Peyser-only participants have none.
     */
    @Test
    void wioaParticipantsHaveAPlanOfTheirEnrollmentsKind() throws SQLException {
        long before = maxParticipantId();

        SyntheticParticipants.Summary summary = SyntheticParticipants.run(args("600", "17"), quiet());

        String wioa = "EXISTS (SELECT 1 FROM enrollment e WHERE e.participant_id = p.id"
                + " AND e.program <> 'WAGNER_PEYSER')";
        assertThat(count(
                        "SELECT COUNT(*) FROM plan pl JOIN participant p ON p.id = pl.participant_id"
                                + " WHERE p.id > ? AND NOT " + wioa,
                        before))
                .as("plans of Wagner-Peyser-only participants")
                .isZero();
        long plans = count("SELECT COUNT(*) FROM plan WHERE participant_id > ?", before);
        assertThat(summary.plans()).isEqualTo(plans);
        assertThat(count("SELECT COUNT(DISTINCT participant_id) FROM plan WHERE participant_id > ?", before))
                .as("one plan each")
                .isEqualTo(plans);
        long withWioa = count("SELECT COUNT(*) FROM participant p WHERE p.id > ? AND " + wioa, before);
        assertThat((double) plans / withWioa)
                .as("share of WIOA participants with a plan")
                .isBetween(0.78, 0.92);
        assertThat(count(
                        "SELECT COUNT(*) FROM plan pl WHERE pl.participant_id > ? AND CASE WHEN pl.kind = 'ISS'"
                                + " THEN 1 ELSE 0 END <> (SELECT COUNT(*) FROM enrollment e WHERE e.participant_id ="
                                + " pl.participant_id AND e.program IN ('YOUTH_IN_SCHOOL', 'YOUTH_OUT_OF_SCHOOL'))",
                        before))
                .as("plans whose kind is not their enrollment's")
                .isZero();
        assertThat(strings("SELECT DISTINCT kind FROM plan WHERE participant_id > ? ORDER BY kind", before))
                .containsExactly("IEP", "ISS");
        assertThat(count(
                        "SELECT COUNT(*) FROM plan pl JOIN participant p ON p.id = pl.participant_id"
                                + " JOIN lwda l ON l.id = p.lwda_id WHERE p.id > ? AND (pl.lwda_id <> p.lwda_id"
                                + " OR pl.state_code <> l.state_code OR pl.version <> 1 OR pl.created_by <> CASE WHEN"
                                + " p.lwda_id = " + WITH_STAFF + " THEN 'cm-test' ELSE 'generator' END"
                                + " OR pl.created_at > CURRENT_TIMESTAMP OR pl.created_at < p.created_at"
                                + " OR CAST(pl.created_at AS DATE) < (SELECT MIN(e.entry_date) FROM enrollment e"
                                + " WHERE e.participant_id = p.id AND e.program <> 'WAGNER_PEYSER'))",
                        before))
                .as("plans outside the participant's LWDA, by someone else, or before the WIOA entry")
                .isZero();
    }

    /**
     * As PlanService leaves a plan: versions numbered from 1, each signed by the participant and the
     * staff member (typed, with consent) but the last, which may be a draft; every document one the
     * application reads (PlanDocuments.read), with a goal and an objective, a later version the one
     * before with changes; reviews of a signed version, not in the future.
     */
    @Test
    void versionsAreSignedButTheLastAndEveryDocumentReadsInTheApplication() throws SQLException {
        long before = maxParticipantId();

        SyntheticParticipants.run(args("600", "19"), quiet());

        String ofRun = " JOIN plan pl ON pl.id = v.plan_id WHERE pl.participant_id > ?";
        assertThat(count(
                        "SELECT COUNT(*) FROM plan pl WHERE pl.participant_id > ? AND (SELECT COUNT(*) FROM"
                                + " plan_version v WHERE v.plan_id = pl.id) NOT BETWEEN 1 AND 3 OR (SELECT"
                                + " MIN(v.number) FROM plan_version v WHERE v.plan_id = pl.id) <> 1 OR (SELECT"
                                + " MAX(v.number) FROM plan_version v WHERE v.plan_id = pl.id) <> (SELECT COUNT(*)"
                                + " FROM plan_version v WHERE v.plan_id = pl.id)",
                        before))
                .as("plans whose versions are not numbered 1 to n (at most 3)")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM plan_version v" + ofRun + " AND ((v.status = 'DRAFT') <> (v.signed_at"
                                + " IS NULL) OR (v.status = 'DRAFT' AND v.number < (SELECT MAX(w.number) FROM"
                                + " plan_version w WHERE w.plan_id = v.plan_id)) OR v.changed_by <> pl.created_by"
                                + " OR v.changed_at < pl.created_at OR v.changed_at > v.signed_at"
                                + " OR v.signed_at > CURRENT_TIMESTAMP OR v.version NOT BETWEEN 1 AND 3)",
                        before))
                .as("drafts before the last version, or versions out of order")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM plan_version v" + ofRun + " AND (SELECT COUNT(DISTINCT s.signer_role)"
                                + " FROM plan_signature s WHERE s.plan_version_id = v.id) <> CASE WHEN v.status ="
                                + " 'SIGNED' THEN 2 ELSE 0 END OR (SELECT COUNT(*) FROM plan_signature s WHERE"
                                + " s.plan_version_id = v.id) <> CASE WHEN v.status = 'SIGNED' THEN 2 ELSE 0 END",
                        before))
                .as("signed versions without both signatures, drafts with any")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM plan_signature s JOIN plan_version v ON v.id = s.plan_version_id"
                                + ofRun + " AND (s.method <> 'TYPED' OR s.drawing IS NOT NULL OR NOT s.consent"
                                + " OR s.signed_at <> v.signed_at OR s.recorded_by <> pl.created_by"
                                + " OR (s.signer_role = 'PARTICIPANT' AND s.signer_name <> (SELECT p.first_name"
                                + " || ' ' || p.last_name FROM participant p WHERE p.id = pl.participant_id)))",
                        before))
                .isZero();
        long plans = count("SELECT COUNT(*) FROM plan WHERE participant_id > ?", before);
        long lastDraft = count("SELECT COUNT(*) FROM plan_version v" + ofRun + " AND v.status = 'DRAFT'", before);
        assertThat((double) lastDraft / plans)
                .as("share of plans whose last version is a draft")
                .isBetween(0.2, 0.45);
        assertThat(count("SELECT COUNT(*) FROM plan_version v" + ofRun + " AND v.number > 1", before))
                .as("later versions")
                .isGreaterThan(plans / 5);

        Map<String, List<String>> recordBarriers = new HashMap<>();
        for (List<String> row : rows(
                "SELECT b.participant_id, b.barrier FROM participant_barrier b WHERE b.participant_id > ?", before)) {
            recordBarriers
                    .computeIfAbsent(row.get(0), id -> new ArrayList<>())
                    .add(org.waypoint.persistence.participant.Barrier.valueOf(row.get(1))
                            .getLabel());
        }
        PlanContent previous = null;
        for (List<String> row : rows(
                "SELECT pl.participant_id, pl.kind, v.number, v.content FROM plan_version v" + ofRun
                        + " ORDER BY pl.id, v.number",
                before)) {
            String where = "participant " + row.get(0) + " version " + row.get(2);
            PlanContent plan = PlanDocuments.read(row.get(3));
            assertThat(row.get(3).length()).as(where).isBetween(1_000, 4_500);
            assertThat(plan.participantTookPart()).as(where).isTrue();
            assertThat(plan.goals()).as(where).isNotEmpty().allMatch(g -> g.soc()
                    .matches("\\d{2}-\\d{4}"));
            assertThat(plan.goals().get(0).term()).as(where).isEqualTo(PlanContent.Term.SHORT);
            assertThat(plan.objectives()).as(where).isNotEmpty().allMatch(o -> o.targetDate() != null);
            assertThat(plan.services())
                    .as(where)
                    .hasSizeBetween(2, 7)
                    .allMatch(s -> s.key() != null && s.serviceCodeId() == null && s.plannedStart() != null);
            assertThat(plan.careerPathway()).as(where).hasSizeBetween(1, 3);
            assertThat(plan.lmiReviewId()).as(where).isNull();
            List<String> labels = recordBarriers.getOrDefault(row.get(0), List.of()).stream()
                    .sorted()
                    .toList();
            if (row.get(1).equals("ISS")) {
                assertThat(plan.youth()).as(where).isNotNull();
                assertThat(plan.youth().programElements())
                        .as(where)
                        .isNotEmpty()
                        .allMatch(n -> YouthProgramElement.of(n).isPresent());
                assertThat(plan.services()).as(where).allMatch(s -> YouthProgramElement.of(s.programElement())
                        .isPresent());
                assertThat(plan.youth().educationGoal()).as(where).isNotBlank();
                // the youth barriers of the determination the record cannot hold, then the record's
                assertThat(plan.barriers()).as(where).hasSizeGreaterThanOrEqualTo(labels.size());
                int carried = plan.barriers().size() - labels.size();
                assertThat(plan.barriers().subList(carried, plan.barriers().size()))
                        .as(where)
                        .isEqualTo(labels);
                assertThat(plan.barriers().subList(0, carried))
                        .as(where)
                        .allMatch(b -> b.startsWith("School dropout")
                                || b.startsWith("Within compulsory school attendance age")
                                || b.startsWith("Requires additional assistance"));
            } else {
                assertThat(plan.youth()).as(where).isNull();
                assertThat(plan.services()).as(where).allMatch(s -> s.programElement() == null);
                assertThat(plan.barriers()).as(where).isEqualTo(labels);
            }
            if (!row.get(2).equals("1")) {
                // the version before with changes: its rows kept, with their keys
                assertThat(plan).as(where).isNotEqualTo(previous);
                assertThat(plan.services().stream().map(PlanContent.PlannedService::key))
                        .as(where)
                        .containsAll(previous.services().stream()
                                .map(PlanContent.PlannedService::key)
                                .toList());
            }
            previous = plan;
        }

        assertThat(count(
                        "SELECT COUNT(*) FROM plan_review r JOIN plan pl ON pl.id = r.plan_id"
                                + " WHERE pl.participant_id > ?",
                        before))
                .as("reviews")
                .isPositive();
        assertThat(count(
                        "SELECT COUNT(*) FROM plan_review r JOIN plan pl ON pl.id = r.plan_id"
                                + " WHERE pl.participant_id > ? AND (r.reviewed_on > CURRENT_DATE"
                                + " OR r.reviewed_by <> pl.created_by OR r.objective_progress NOT LIKE '[{%'"
                                + " OR NOT EXISTS (SELECT 1 FROM plan_version v WHERE v.plan_id = r.plan_id AND"
                                + " v.number = r.version_number AND v.status = 'SIGNED'"
                                + " AND CAST(v.signed_at AS DATE) <= r.reviewed_on))",
                        before))
                .as("reviews of no signed version, or in the future")
                .isZero();
    }

    @Test
    void aSecondRunWithTheSameSeedAddsTheSamePeopleUnderNewNumbers() throws SQLException {
        long before = maxParticipantId();
        SyntheticParticipants.run(args("500", "21"), quiet());
        long between = maxParticipantId();

        SyntheticParticipants.run(args("500", "21"), quiet());

        assertThat(count("SELECT COUNT(*) FROM participant WHERE id > ?", before))
                .isEqualTo(1000);
        List<String> first = strings(
                "SELECT participant_number FROM participant WHERE id > ? AND id <= " + between + " ORDER BY id",
                before);
        List<String> second = strings("SELECT participant_number FROM participant WHERE id > ? ORDER BY id", between);
        assertThat(second).hasSize(500).doesNotContainAnyElementsOf(first);
        String people = "SELECT first_name || ' ' || last_name || ' ' || sex FROM participant WHERE id > ?";
        assertThat(strings(people + " AND id <= " + between + " ORDER BY id", before))
                .isEqualTo(strings(people + " ORDER BY id", between));
        String plans = "SELECT pl.kind || ' ' || v.number || ' ' || v.status || ' ' || v.content FROM plan pl"
                + " JOIN plan_version v ON v.plan_id = pl.id WHERE pl.participant_id > ?";
        List<String> firstPlans = strings(
                plans + " AND pl.participant_id <= " + between + " ORDER BY pl.participant_id, v.number", before);
        assertThat(firstPlans).isNotEmpty();
        assertThat(strings(plans + " ORDER BY pl.participant_id, v.number", between))
                .isEqualTo(firstPlans);
    }

    /**
     * Issue 21: every code value the schema allows appears in a few thousand generated people, so a
     * search, a report or a PIRL file timed on synthetic data meets the rare values too (the migrant
     * farmworker barrier, a layoff notice, an exit excluded from performance, ...).
     */
    @Test
    void everyCodeValueTheSchemaAllowsIsGenerated() throws SQLException {
        long before = maxParticipantId();
        SyntheticParticipants.run(args("5000", "5"), quiet());

        Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
        columns.put("participant.sex", names(org.waypoint.persistence.participant.Sex.class));
        columns.put("participant.disability", names(org.waypoint.persistence.participant.Disclosure.class));
        columns.put("participant.hispanic", names(org.waypoint.persistence.participant.Disclosure.class));
        columns.put(
                "participant.employment_status", names(org.waypoint.persistence.participant.EmploymentStatus.class));
        columns.put(
                "participant.uc_status", names(org.waypoint.persistence.participant.UnemploymentCompensation.class));
        columns.put("participant.education_level", names(org.waypoint.persistence.participant.EducationLevel.class));
        columns.put("participant.school_status", names(org.waypoint.persistence.participant.SchoolStatus.class));
        columns.put(
                "participant.selective_service", names(org.waypoint.persistence.participant.SelectiveService.class));
        columns.put("participant_race.race", names(org.waypoint.persistence.participant.Race.class));
        columns.put(
                "participant_assistance.assistance",
                names(org.waypoint.persistence.participant.PublicAssistance.class));
        columns.put("participant_barrier.barrier", names(org.waypoint.persistence.participant.Barrier.class));
        columns.put("enrollment.program", names(org.waypoint.persistence.participant.Program.class));
        columns.put(
                "enrollment.entry_employment_status",
                names(org.waypoint.persistence.participant.EmploymentStatus.class));
        columns.put(
                "enrollment.entry_education_level", names(org.waypoint.persistence.participant.EducationLevel.class));
        columns.put("enrollment.entry_school_status", names(org.waypoint.persistence.participant.SchoolStatus.class));
        columns.put("enrollment_entry_barrier.barrier", names(org.waypoint.persistence.participant.Barrier.class));
        columns.put(
                "enrollment_entry_assistance.assistance",
                names(org.waypoint.persistence.participant.PublicAssistance.class));
        columns.put("enrollment.exit_reason", names(org.waypoint.persistence.participant.ExitReason.class));
        columns.put("enrollment.exit_exclusion", names(org.waypoint.persistence.participant.ExitExclusion.class));
        columns.put("service_record.status", names(org.waypoint.persistence.services.ServiceStatus.class));
        columns.put("eligibility_determination.program", names(org.waypoint.service.eligibility.Program.class));
        columns.put("case_note.category", names(org.waypoint.persistence.participant.NoteCategory.class));
        columns.put("plan.kind", names(PlanKind.class));
        columns.put("plan_version.status", List.of(PlanVersion.DRAFT, PlanVersion.SIGNED));
        columns.put("plan_signature.signer_role", List.of(PlanSignature.PARTICIPANT, PlanSignature.STAFF));
        // TYPED only: a DRAWN signature is the signature pad's PNG, which the generator does not draw
        columns.put("plan_signature.method", List.of("TYPED"));
        List<String> missing = new ArrayList<>();
        for (var column : columns.entrySet()) {
            String table = column.getKey().substring(0, column.getKey().indexOf('.'));
            String name = column.getKey().substring(table.length() + 1);
            String owner =
                    switch (table) {
                        case "participant" -> "t.id";
                        case "enrollment_entry_barrier", "enrollment_entry_assistance" ->
                            "(SELECT e.participant_id FROM enrollment e WHERE e.id = t.enrollment_id)";
                        case "eligibility_determination", "enrollment", "service_record", "case_note", "plan" ->
                            "t.participant_id";
                        case "plan_version" -> "(SELECT pl.participant_id FROM plan pl WHERE pl.id = t.plan_id)";
                        case "plan_signature" ->
                            "(SELECT pl.participant_id FROM plan_version v JOIN plan pl ON pl.id = v.plan_id"
                                    + " WHERE v.id = t.plan_version_id)";
                        default -> "t.participant_id";
                    };
            java.util.Set<String> seen = new java.util.HashSet<>(strings(
                    "SELECT DISTINCT CAST(t." + name + " AS VARCHAR(100)) FROM " + table + " t WHERE " + owner
                            + " > ? AND t." + name + " IS NOT NULL",
                    before));
            for (String value : column.getValue()) {
                if (!seen.contains(value)) {
                    missing.add(column.getKey() + "=" + value);
                }
            }
        }
        // and in the plan documents, every status of an achievement objective
        for (ObjectiveStatus status : ObjectiveStatus.values()) {
            if (count(
                            "SELECT COUNT(*) FROM plan_version v JOIN plan pl ON pl.id = v.plan_id"
                                    + " WHERE pl.participant_id > ? AND v.content LIKE '%\"status\":\"" + status.name()
                                    + "\"%'",
                            before)
                    == 0) {
                missing.add("objective.status=" + status.name());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void idsStayBelowTheBlockTheServerTakesNext() throws SQLException {
        SyntheticParticipants.run(args("120", "13"), quiet());

        long next = count("SELECT NEXT VALUE FOR waypoint_seq FROM (VALUES (0))", 0);
        // EclipseLink uses next - 49 .. next for this value: none of those may exist already.
        for (String table : List.of(
                "participant",
                "enrollment",
                "case_note",
                "eligibility_determination",
                "plan",
                "plan_version",
                "plan_signature",
                "plan_review")) {
            assertThat(count("SELECT COALESCE(MAX(id), 0) FROM " + table + " WHERE id > ?", 0))
                    .as(table)
                    .isLessThan(next - SequenceIds.BLOCK + 1);
        }
    }

    @Test
    void aNegativeCountIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> SyntheticParticipants.run(args("-3", "42"), quiet()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--count")
                .hasMessageContaining("-3");
    }

    @Test
    void unknownOptionsAndAMissingUrlAreRefused() {
        assertThatThrownBy(() -> SyntheticParticipants.run(new String[] {"--url", URL, "--cuont", "5"}, quiet()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--cuont");
        assertThatThrownBy(() -> SyntheticParticipants.run(new String[] {"--count", "5"}, quiet()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--url is required");
        assertThatThrownBy(() -> SyntheticParticipants.run(new String[] {"--url", URL, "--seed"}, quiet()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--seed needs a value");
    }

    @Test
    void aDatabaseWithoutReferenceDataIsRefused() throws SQLException {
        String empty = "jdbc:h2:mem:gen-empty;DB_CLOSE_DELAY=-1";
        migrate(empty);

        assertThatThrownBy(() -> SyntheticParticipants.run(new String[] {"--url", empty, "--user", "sa"}, quiet()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("run Waypoint once first so the reference data is loaded");
    }

    private static void migrate(String url) {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
    }

    private static String[] args(String count, String seed) {
        return new String[] {"--url", URL, "--user", "sa", "--password", "", "--count", count, "--seed", seed};
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    private static long maxParticipantId() throws SQLException {
        return count("SELECT COALESCE(MAX(id), 0) FROM participant WHERE id > ?", 0);
    }

    private static long count(String sql, long parameter) throws SQLException {
        try (Connection c = connect(URL);
                PreparedStatement q = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                q.setLong(1, parameter);
            }
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Each row's columns as strings. */
    private static List<List<String>> rows(String sql, long parameter) throws SQLException {
        List<List<String>> values = new ArrayList<>();
        try (Connection c = connect(URL);
                PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, parameter);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        row.add(rows.getString(i));
                    }
                    values.add(row);
                }
            }
        }
        return values;
    }

    private static List<String> strings(String sql, long parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(URL);
                PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, parameter);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
