package org.waypoint.tools.participant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.waypoint.persistence.eligibility.FactSource;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.Disclosure;
import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.persistence.participant.EmploymentStatus;
import org.waypoint.persistence.participant.ExitExclusion;
import org.waypoint.persistence.participant.ExitReason;
import org.waypoint.persistence.participant.NoteCategory;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.participant.PublicAssistance;
import org.waypoint.persistence.participant.Race;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.persistence.participant.SelectiveService;
import org.waypoint.persistence.participant.Sex;
import org.waypoint.persistence.participant.UnemploymentCompensation;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.eligibility.CriterionResult;

/**
 * One generated participant with everything written for them, as plain values: the row of {@code
 * participant}, its race, assistance and barrier rows, enrollments, case notes and at most one
 * eligibility determination. The enums are the entities' own, so the stored strings are the ones
 * the application reads. Ids and the participant number are given when the person is written.
 */
final class SyntheticPerson {

    long lwdaId;
    Long officeId;
    SyntheticReference.CaseManager caseManager;
    Instant createdAt;

    String firstName;
    String middleName;
    String lastName;
    LocalDate dateOfBirth;
    Sex sex;
    String street;
    String city;
    String addressState;
    String zip;
    String countyFips;
    String phone;
    String email;
    String preferredLanguage;

    Disclosure disability;
    Disclosure hispanic;
    final Set<Race> races = EnumSet.noneOf(Race.class);
    Boolean veteran;
    Boolean eligibleSpouse;
    EmploymentStatus employmentStatus;
    /** Notified of a layoff: EMPLOYED_WITH_TERMINATION_NOTICE on the record, read by the determination. */
    boolean layoffNotice;

    UnemploymentCompensation ucStatus;
    Integer highestGrade;
    EducationLevel educationLevel;
    SchoolStatus schoolStatus;
    Integer familySize;
    BigDecimal annualFamilyIncome;
    SelectiveService selectiveService;
    Boolean authorizedToWork;
    final Set<PublicAssistance> publicAssistance = EnumSet.noneOf(PublicAssistance.class);
    final Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);

    final List<EnrollmentRow> enrollments = new ArrayList<>();
    final List<NoteRow> notes = new ArrayList<>();
    DeterminationRow determination;

    /** The author of notes and determinations: the case manager, or the generator when the LWDA has none. */
    String staffName() {
        return caseManager == null ? "generator" : caseManager.username();
    }

    /**
     * One program enrollment; {@code exitReason} and {@code exclusion} (PIRL 923) only with an exit,
     * {@code plannedLater} for an open one with a service planned after today.
     */
    record EnrollmentRow(
            Program program,
            LocalDate entryDate,
            LocalDate exitDate,
            ExitReason exitReason,
            ExitExclusion exclusion,
            ServiceStatus laterService) {}

    record NoteRow(LocalDate contactDate, Instant writtenAt, NoteCategory category, String text) {}

    record DeterminationRow(
            Program program,
            LocalDate asOf,
            boolean eligible,
            Integer priorityGroup,
            Instant determinedAt,
            String facts,
            List<CriterionResult> criteria,
            List<FactSourceRow> sources) {}

    record FactSourceRow(String fact, FactSource source) {}
}
