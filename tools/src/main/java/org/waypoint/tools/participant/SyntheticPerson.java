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
import org.waypoint.service.plan.PlanKind;

/**
 * One generated participant with everything written for them, as plain values: the row of {@code
 * participant}, its race, assistance and barrier rows, enrollments, case notes and at most one
 * eligibility determination. The enums are the entities' own, so the stored strings are the ones
 * the application reads. Ids and the participant number are given when the person is written.
 */
final class SyntheticPerson {

    long lwdaId;
    /** The LWDA's state: the state whose policy the participant's plan follows. */
    String stateCode;

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
    /** The IEP or ISS of a WIOA participant, or null ({@link SyntheticPlans}). */
    PlanRow plan;

    /** The author of notes and determinations: the case manager, or the generator when the LWDA has none. */
    String staffName() {
        return caseManager == null ? "generator" : caseManager.username();
    }

    /** The name the staff member signs plans with: the case manager's, or the generator's. */
    String staffSigner() {
        return caseManager == null ? "Synthetic data generator" : caseManager.displayName();
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
            List<FactSourceRow> sources,
            Set<org.waypoint.service.eligibility.Barrier> youthBarriers) {}

    record FactSourceRow(String fact, FactSource source) {}

    /** A plan with its versions, numbered from 1, and its reviews. */
    record PlanRow(PlanKind kind, Instant createdAt, List<PlanVersionRow> versions, List<PlanReviewRow> reviews) {}

    /**
     * One version: {@code content} the plan document as the application stores it, {@code signedAt}
     * null for a draft; {@code lock} the optimistic-lock column's value after its saves and signing.
     */
    record PlanVersionRow(int number, String content, Instant changedAt, Instant signedAt, long lock) {

        boolean signed() {
            return signedAt != null;
        }
    }

    /** A review of the version in force on {@code reviewedOn}; {@code objectiveProgress} as JSON. */
    record PlanReviewRow(
            int versionNumber,
            LocalDate reviewedOn,
            String progress,
            String changes,
            String objectiveProgress,
            Instant recordedAt) {}
}
