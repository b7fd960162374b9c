package org.waypoint.service.reporting.pirl;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.wages.EmploymentByQuarter;

/**
 * What Waypoint holds about one participant's period of participation, read from its records for
 * the PIRL file: the person (as registered), each enrollment of the period with the
 * characteristics frozen at its entry, the services, trainings, credentials and skill gains
 * recorded within it, the wage records around it and the follow-up contacts after it (in the shapes
 * {@link EmploymentByQuarter} reads, so the file says what the Outcomes tab says). Plain data,
 * so that {@link PirlRecordBuilder} derives every element without a container.
 */
public record PeriodFacts(
        Person person,
        List<Entry> enrollments,
        List<Service> services,
        List<Training> trainings,
        List<Credential> credentials,
        List<SkillGain> skillGains,
        List<EmploymentByQuarter.Wage> wages,
        List<EmploymentByQuarter.Contact> contacts,
        Set<CalendarQuarter> reportedQuarters,
        List<Placement> placements) {

    /**
     * The person as registered. {@code ssn} is the decrypted SSN (9 digits) or null; it exists only
     * inside the export's processing and is never logged.
     */
    public record Person(
            long id,
            String number,
            String residenceState,
            String countyFips,
            String zip,
            LocalDate dateOfBirth,
            String sex,
            String disability,
            String hispanic,
            Set<String> races,
            Boolean veteran,
            Boolean eligibleSpouse,
            String ucStatus,
            Integer highestGrade,
            String ssn,
            String lwdaCode,
            String lwdaName,
            String officeName)
            implements Serializable {}

    /** One enrollment of the period with its characteristics at entry (not today's values). */
    public record Entry(
            long id,
            String program,
            LocalDate entryDate,
            LocalDate exitDate,
            String exitExclusion,
            String employmentStatus,
            String educationLevel,
            String schoolStatus,
            Set<String> barriers,
            Set<String> assistance,
            boolean lowIncome)
            implements Serializable {}

    /**
     * A delivered service (not voided, started) with what its code says: category and the PIRL
     * elements its dates feed (the state's catalog).
     */
    public record Service(LocalDate start, String category, List<String> pirlElements, String program)
            implements Serializable {}

    /** A training with its ETPL program when it has one. */
    public record Training(
            LocalDate start,
            LocalDate actualEnd,
            String typeCode,
            String outcome,
            String provider,
            String cipCode,
            boolean ita)
            implements Serializable {}

    public record Credential(LocalDate attainedOn, int typeCode) implements Serializable {}

    public record SkillGain(LocalDate achievedOn, int element) implements Serializable {}

    /** A reached follow-up contact's youth placement in a quarter after exit (1-4). */
    public record Placement(int quarterAfterExit, String placement) implements Serializable {}

    /** The period's entry: the earliest entry of its enrollments (PIRL 900). */
    public LocalDate entryDate() {
        return enrollments.stream()
                .map(Entry::entryDate)
                .min(LocalDate::compareTo)
                .orElseThrow();
    }

    /** The period's exit: the latest exit once every enrollment has exited (common exit), else null (PIRL 901). */
    public LocalDate exitDate() {
        if (enrollments.stream().anyMatch(e -> e.exitDate() == null)) {
            return null;
        }
        return enrollments.stream()
                .map(Entry::exitDate)
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    /** The first enrollment of the period: its characteristics at entry are the period's. */
    public Entry first() {
        return enrollments.stream()
                .min(java.util.Comparator.comparing(Entry::entryDate).thenComparing(Entry::id))
                .orElseThrow();
    }
}
