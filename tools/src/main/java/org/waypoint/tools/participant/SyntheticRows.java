package org.waypoint.tools.participant;

import static org.waypoint.tools.participant.SyntheticColumns.setBoolean;
import static org.waypoint.tools.participant.SyntheticColumns.setDate;
import static org.waypoint.tools.participant.SyntheticColumns.setInstant;
import static org.waypoint.tools.participant.SyntheticColumns.setLong;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.eligibility.CriterionResult;

/**
 * Writes generated people with one JDBC batch per table: {@link #add} queues every row of a person,
 * {@link #flush} sends the batches parent tables first, so the caller commits a whole chunk of
 * people or none of it. Instants are written as {@code Timestamp.from}, as the application's
 * InstantConverter does, and every versioned row starts at version 1.
 *
 * <p>Each enrollment gets services of its state's catalog code that counts for exit (20 CFR
 * 677.150(c)): one on entry, and a last one on the exit date for an exited enrollment (the exit date
 * is the last day of service, exited by the 90-day rule) or halfway to today for an open one.
 * Plans go through {@link SyntheticPlanRows}, sent after the participants' tables.
 */
final class SyntheticRows implements AutoCloseable {

    private static final long VERSION = 1;

    private final SequenceIds ids;
    private final PreparedStatement participant;
    private final PreparedStatement race;
    private final PreparedStatement assistance;
    private final PreparedStatement barrier;
    private final PreparedStatement enrollment;
    private final PreparedStatement entryBarrier;
    private final PreparedStatement entryAssistance;
    private final PreparedStatement service;
    private final PreparedStatement note;
    private final PreparedStatement determination;
    private final PreparedStatement criterion;
    private final PreparedStatement factSource;
    private final List<PreparedStatement> inOrder;
    private final SyntheticPlanRows plans;
    private final Map<String, Long> serviceCodes;
    private final LocalDate today;

    private long enrollments;
    private long services;
    private long notes;
    private long determinations;

    SyntheticRows(Connection connection, SequenceIds ids, Map<String, Long> serviceCodes, LocalDate today)
            throws SQLException {
        this.ids = ids;
        this.serviceCodes = serviceCodes;
        this.today = today;
        participant = connection.prepareStatement("INSERT INTO participant (id, participant_number, first_name,"
                + " last_name, date_of_birth, lwda_id, office_id, case_manager_id, created_at, version, middle_name,"
                + " sex, street, city, address_state, zip, county_fips, phone, email, preferred_language,"
                + " disability, hispanic, veteran, eligible_spouse, employment_status, uc_status, highest_grade,"
                + " education_level, school_status, family_size, annual_family_income, selective_service,"
                + " authorized_to_work, first_name_search, last_name_search)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?)");
        race = connection.prepareStatement("INSERT INTO participant_race (participant_id, race) VALUES (?, ?)");
        assistance = connection.prepareStatement(
                "INSERT INTO participant_assistance (participant_id, assistance) VALUES (?, ?)");
        barrier =
                connection.prepareStatement("INSERT INTO participant_barrier (participant_id, barrier) VALUES (?, ?)");
        enrollment = connection.prepareStatement("INSERT INTO enrollment (id, participant_id, program, entry_date,"
                + " exit_date, exit_reason, exit_exclusion, case_manager_id, office_id, entry_employment_status,"
                + " entry_education_level, entry_school_status, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        entryBarrier = connection.prepareStatement(
                "INSERT INTO enrollment_entry_barrier (enrollment_id, barrier) VALUES (?, ?)");
        entryAssistance = connection.prepareStatement(
                "INSERT INTO enrollment_entry_assistance (enrollment_id, assistance) VALUES (?, ?)");
        service = connection.prepareStatement("INSERT INTO service_record (id, participant_id, enrollment_id,"
                + " service_code_id, status, planned_start, actual_start, actual_end, funding_program, staff_id,"
                + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        note = connection.prepareStatement("INSERT INTO case_note (id, participant_id, lwda_id, author, written_at,"
                + " contact_date, category, text, text_search) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        determination = connection.prepareStatement("INSERT INTO eligibility_determination (id, participant_id,"
                + " lwda_id, program, as_of, eligible, priority_group, determined_by, determined_at, facts)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        criterion = connection.prepareStatement("INSERT INTO eligibility_criterion (determination_id, position,"
                + " code, met, explanation) VALUES (?, ?, ?, ?, ?)");
        factSource = connection.prepareStatement(
                "INSERT INTO eligibility_fact_source (determination_id, fact, source) VALUES (?, ?, ?)");
        inOrder = List.of(
                participant,
                race,
                assistance,
                barrier,
                enrollment,
                entryBarrier,
                entryAssistance,
                service,
                note,
                determination,
                criterion,
                factSource);
        plans = new SyntheticPlanRows(connection, ids);
    }

    /** Queues every row of {@code p}; the SSN columns stay NULL (see {@link SyntheticParticipants}). */
    void add(SyntheticPerson p, String participantNumber) throws SQLException {
        long id = ids.next();
        Long caseManagerId = p.caseManager == null ? null : p.caseManager.id();
        int i = 0;
        participant.setLong(++i, id);
        participant.setString(++i, participantNumber);
        participant.setString(++i, p.firstName);
        participant.setString(++i, p.lastName);
        participant.setObject(++i, p.dateOfBirth);
        participant.setLong(++i, p.lwdaId);
        setLong(participant, ++i, p.officeId);
        setLong(participant, ++i, caseManagerId);
        setInstant(participant, ++i, p.createdAt);
        participant.setLong(++i, VERSION);
        participant.setString(++i, p.middleName);
        participant.setString(++i, p.sex.name());
        participant.setString(++i, p.street);
        participant.setString(++i, p.city);
        participant.setString(++i, p.addressState);
        participant.setString(++i, p.zip);
        participant.setString(++i, p.countyFips);
        participant.setString(++i, p.phone);
        participant.setString(++i, p.email);
        participant.setString(++i, p.preferredLanguage);
        participant.setString(++i, p.disability.name());
        participant.setString(++i, p.hispanic.name());
        setBoolean(participant, ++i, p.veteran);
        setBoolean(participant, ++i, p.eligibleSpouse);
        participant.setString(++i, p.employmentStatus.name());
        participant.setString(++i, p.ucStatus.name());
        participant.setInt(++i, p.highestGrade);
        participant.setString(++i, p.educationLevel.name());
        participant.setString(++i, p.schoolStatus.name());
        participant.setInt(++i, p.familySize);
        participant.setBigDecimal(++i, p.annualFamilyIncome);
        participant.setString(++i, p.selectiveService == null ? null : p.selectiveService.name());
        setBoolean(participant, ++i, p.authorizedToWork);
        participant.setString(++i, p.firstName.toLowerCase(Locale.ROOT));
        participant.setString(++i, p.lastName.toLowerCase(Locale.ROOT));
        participant.addBatch();

        for (var value : p.races) {
            child(race, id, value.name());
        }
        for (var value : p.publicAssistance) {
            child(assistance, id, value.name());
        }
        for (var value : p.barriers) {
            child(barrier, id, value.name());
        }
        Long code = serviceCodes.get(p.addressState);
        for (SyntheticPerson.EnrollmentRow e : p.enrollments) {
            long enrollmentId = ids.next();
            enrollment.setLong(1, enrollmentId);
            enrollment.setLong(2, id);
            enrollment.setString(3, e.program().name());
            enrollment.setObject(4, e.entryDate());
            setDate(enrollment, 5, e.exitDate());
            enrollment.setString(
                    6, e.exitReason() == null ? null : e.exitReason().name());
            enrollment.setString(7, e.exclusion() == null ? null : e.exclusion().name());
            setLong(enrollment, 8, caseManagerId);
            setLong(enrollment, 9, p.officeId);
            // The characteristics at entry, frozen as the server freezes them (EnrollmentEligibility).
            enrollment.setString(10, p.employmentStatus.name());
            enrollment.setString(11, p.educationLevel.name());
            enrollment.setString(12, p.schoolStatus.name());
            enrollment.setLong(13, VERSION);
            enrollment.addBatch();
            for (var value : p.barriers) {
                child(entryBarrier, enrollmentId, value.name());
            }
            for (var value : p.publicAssistance) {
                child(entryAssistance, enrollmentId, value.name());
            }
            enrollments++;
            if (code != null) {
                services(id, enrollmentId, code, e, caseManagerId, p.createdAt);
            }
        }
        for (SyntheticPerson.NoteRow n : p.notes) {
            note.setLong(1, ids.next());
            note.setLong(2, id);
            note.setLong(3, p.lwdaId);
            note.setString(4, p.staffName());
            setInstant(note, 5, n.writtenAt());
            note.setObject(6, n.contactDate());
            note.setString(7, n.category().name());
            note.setString(8, n.text());
            note.setString(9, n.text().toLowerCase(Locale.ROOT));
            note.addBatch();
            notes++;
        }
        if (p.determination != null) {
            addDetermination(p, id, p.determination);
        }
        plans.add(p, id);
    }

    /**
     * A service on the entry date, completed, and a later one: on the exit date for an ended
     * enrollment, half-way to today for an open one, in the state the enrollment row says.
     */
    private void services(
            long participantId,
            long enrollmentId,
            long code,
            SyntheticPerson.EnrollmentRow e,
            Long staffId,
            Instant createdAt)
            throws SQLException {
        Service rows = new Service(participantId, enrollmentId, code, e, staffId, createdAt);
        rows.add(ServiceStatus.COMPLETED_SUCCESSFUL, null, e.entryDate(), e.entryDate());
        LocalDate last = e.exitDate() != null
                ? e.exitDate()
                : e.entryDate().plusDays(java.time.temporal.ChronoUnit.DAYS.between(e.entryDate(), today) / 2);
        ServiceStatus later = e.laterService() == null ? ServiceStatus.COMPLETED_SUCCESSFUL : e.laterService();
        switch (later) {
            case PLANNED -> rows.add(later, today.plusDays(7 + last.getDayOfMonth()), null, null);
            case NOT_COMPLETED -> rows.add(later, last, null, null);
            case IN_PROGRESS -> rows.add(later, null, last, null);
            default -> {
                if (last.isAfter(e.entryDate())) {
                    rows.add(later, null, last, last);
                }
            }
        }
    }

    /** The fields every service of one enrollment shares. */
    private final class Service {
        private final long participantId;
        private final long enrollmentId;
        private final long code;
        private final SyntheticPerson.EnrollmentRow e;
        private final Long staffId;
        private final Instant createdAt;

        Service(
                long participantId,
                long enrollmentId,
                long code,
                SyntheticPerson.EnrollmentRow e,
                Long staffId,
                Instant createdAt) {
            this.participantId = participantId;
            this.enrollmentId = enrollmentId;
            this.code = code;
            this.e = e;
            this.staffId = staffId;
            this.createdAt = createdAt;
        }

        void add(ServiceStatus status, LocalDate plannedStart, LocalDate actualStart, LocalDate actualEnd)
                throws SQLException {
            service.setLong(1, ids.next());
            service.setLong(2, participantId);
            service.setLong(3, enrollmentId);
            service.setLong(4, code);
            service.setString(5, status.name());
            setDate(service, 6, plannedStart);
            setDate(service, 7, actualStart);
            setDate(service, 8, actualEnd);
            service.setString(9, e.program().name());
            setLong(service, 10, staffId);
            setInstant(service, 11, createdAt);
            service.setLong(12, VERSION);
            service.addBatch();
            services++;
        }
    }

    private void addDetermination(SyntheticPerson p, long participantId, SyntheticPerson.DeterminationRow d)
            throws SQLException {
        long id = ids.next();
        determination.setLong(1, id);
        determination.setLong(2, participantId);
        determination.setLong(3, p.lwdaId);
        determination.setString(4, d.program().name());
        determination.setObject(5, d.asOf());
        determination.setBoolean(6, d.eligible());
        if (d.priorityGroup() == null) {
            determination.setNull(7, Types.INTEGER);
        } else {
            determination.setInt(7, d.priorityGroup());
        }
        determination.setString(8, p.staffName());
        setInstant(determination, 9, d.determinedAt());
        determination.setString(10, d.facts());
        determination.addBatch();
        int position = 0;
        for (CriterionResult c : d.criteria()) {
            criterion.setLong(1, id);
            criterion.setInt(2, position++);
            criterion.setString(3, c.code());
            criterion.setBoolean(4, c.met());
            criterion.setString(5, c.explanation());
            criterion.addBatch();
        }
        for (SyntheticPerson.FactSourceRow source : d.sources()) {
            factSource.setLong(1, id);
            factSource.setString(2, source.fact());
            factSource.setString(3, source.source().name());
            factSource.addBatch();
        }
        determinations++;
    }

    /** Sends the queued rows, parents before children; the caller commits. */
    void flush() throws SQLException {
        for (PreparedStatement statement : inOrder) {
            statement.executeBatch();
        }
        plans.flush();
    }

    /** Drops queued rows after a failed chunk, so a retry does not send them again. */
    void clear() throws SQLException {
        for (PreparedStatement statement : inOrder) {
            statement.clearBatch();
        }
        plans.clear();
    }

    long enrollments() {
        return enrollments;
    }

    long services() {
        return services;
    }

    long notes() {
        return notes;
    }

    long determinations() {
        return determinations;
    }

    long plans() {
        return plans.plans();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : inOrder) {
            statement.close();
        }
        plans.close();
    }

    private static void child(PreparedStatement statement, long participantId, String value) throws SQLException {
        statement.setLong(1, participantId);
        statement.setString(2, value);
        statement.addBatch();
    }
}
