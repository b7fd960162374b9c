package org.waypoint.persistence.participant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.security.StaffAccount;

/**
 * A participant's enrollment in one program, from entry to exit (PIRL 900/901). Co-enrollment is
 * several enrollments open at once; a plan's rules read which programs are open. A WIOA Title I
 * enrollment rests on an eligible determination made on or before entry, and keeps the
 * participant's characteristics at entry as federal reporting needs them, whatever the record says
 * later; a correction of them is made as such, with its reason, and audited.
 */
@Entity
@Table(name = "enrollment")
@NamedQuery(
        name = Enrollment.FIND_BY_PARTICIPANT,
        query = "SELECT e FROM Enrollment e LEFT JOIN FETCH e.caseManager LEFT JOIN FETCH e.office"
                + " WHERE e.participant.id = :participantId ORDER BY e.entryDate DESC, e.id DESC")
public class Enrollment implements Auditable {

    public static final String FIND_BY_PARTICIPANT = "Enrollment.findByParticipant";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @NotNull(message = "{waypoint.enrollment.program.required}")
    @Enumerated(EnumType.STRING)
    private Program program;

    @NotNull(message = "{waypoint.enrollment.entryDate.required}")
    @Column(name = "entry_date")
    private LocalDate entryDate;

    @Column(name = "exit_date")
    private LocalDate exitDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_manager_id")
    private StaffAccount caseManager;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_id")
    private Office office;

    /** The eligible determination the enrollment rests on (20 CFR 677.150(a)); null for Wagner-Peyser. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "determination_id", updatable = false)
    private EligibilityDetermination determination;

    /** Counted under the youth 5% low-income exception (20 CFR 681.250(c)) of its program year. */
    @Column(name = "low_income_exception", nullable = false, updatable = false)
    private boolean lowIncomeException;

    /** Counted under the 5% of in-school youth requiring additional assistance (20 CFR 681.310(b)). */
    @Column(name = "additional_assistance_cap", nullable = false, updatable = false)
    private boolean additionalAssistanceCap;

    /** Characteristics at entry, frozen for federal reporting (PIRL 400): later record changes leave them. */
    @Enumerated(EnumType.STRING)
    @Column(name = "entry_employment_status")
    private EmploymentStatus entryEmploymentStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_education_level")
    private EducationLevel entryEducationLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_school_status")
    private SchoolStatus entrySchoolStatus;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enrollment_entry_barrier", joinColumns = @JoinColumn(name = "enrollment_id"))
    @Column(name = "barrier")
    @Enumerated(EnumType.STRING)
    private Set<Barrier> entryBarriers = EnumSet.noneOf(Barrier.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enrollment_entry_assistance", joinColumns = @JoinColumn(name = "enrollment_id"))
    @Column(name = "assistance")
    @Enumerated(EnumType.STRING)
    private Set<PublicAssistance> entryPublicAssistance = EnumSet.noneOf(PublicAssistance.class);

    /** Why the characteristics at entry were last corrected; null while they are as frozen. */
    @Column(name = "entry_corrected_reason", length = 500)
    private String entryCorrectedReason;

    /** How the enrollment exited; null while it is open. */
    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason")
    private ExitReason exitReason;

    /** PIRL 923: an exit that takes the person out of performance; null when none applies. */
    @Enumerated(EnumType.STRING)
    @Column(name = "exit_exclusion")
    private ExitExclusion exitExclusion;

    @Size(max = 500)
    @Column(name = "exit_note")
    private String exitNote;

    /** The last day of a service that counts for exit, kept by the exit job and the service records. */
    @Column(name = "last_service_date")
    private LocalDate lastServiceDate;

    /** The participation date: the first participation-level service (20 CFR 677.150(a)). */
    @Column(name = "participation_date")
    private LocalDate participationDate;

    /**
     * The latest end of the services that count for exit, 9999-12-31 while one has no end (planned
     * or going on); null when none. Kept with the last service; lets "exit approaching" pass over an
     * enrollment whose pool has a service not delivered without reading the services.
     */
    @Column(name = "services_end")
    private LocalDate servicesEnd;

    @Version
    private long version;

    protected Enrollment() {}

    public Enrollment(Participant participant, Program program, LocalDate entryDate) {
        this.participant = participant;
        this.program = program;
        this.entryDate = entryDate;
    }

    @Override
    public Object auditId() {
        return participant.getParticipantNumber() + "/" + program;
    }

    @Override
    public Long auditLwdaId() {
        return participant.getLwda().getId();
    }

    /** Open on {@code day}: entered on or before it and not exited before it. */
    public boolean isOpenOn(LocalDate day) {
        return !entryDate.isAfter(day) && (exitDate == null || !exitDate.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Program getProgram() {
        return program;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(LocalDate entryDate) {
        this.entryDate = entryDate;
    }

    public LocalDate getExitDate() {
        return exitDate;
    }

    public StaffAccount getCaseManager() {
        return caseManager;
    }

    public void setCaseManager(StaffAccount caseManager) {
        this.caseManager = caseManager;
    }

    public Office getOffice() {
        return office;
    }

    public void setOffice(Office office) {
        this.office = office;
    }

    /** Rests the enrollment on its determination and the caps it counts toward; once, at entry. */
    public void restOn(
            EligibilityDetermination determination, boolean lowIncomeException, boolean additionalAssistance) {
        this.determination = determination;
        this.lowIncomeException = lowIncomeException;
        this.additionalAssistanceCap = additionalAssistance;
    }

    /** Freezes (or, as a correction with its reason, replaces) the characteristics at entry. */
    public void setEntryCharacteristics(
            EmploymentStatus employment,
            EducationLevel education,
            SchoolStatus school,
            Set<Barrier> barriers,
            Set<PublicAssistance> assistance) {
        this.entryEmploymentStatus = employment;
        this.entryEducationLevel = education;
        this.entrySchoolStatus = school;
        this.entryBarriers.clear();
        this.entryBarriers.addAll(barriers);
        this.entryPublicAssistance.clear();
        this.entryPublicAssistance.addAll(assistance);
    }

    public EligibilityDetermination getDetermination() {
        return determination;
    }

    public boolean isLowIncomeException() {
        return lowIncomeException;
    }

    public boolean isAdditionalAssistanceCap() {
        return additionalAssistanceCap;
    }

    public EmploymentStatus getEntryEmploymentStatus() {
        return entryEmploymentStatus;
    }

    public EducationLevel getEntryEducationLevel() {
        return entryEducationLevel;
    }

    public SchoolStatus getEntrySchoolStatus() {
        return entrySchoolStatus;
    }

    public Set<Barrier> getEntryBarriers() {
        return entryBarriers;
    }

    public Set<PublicAssistance> getEntryPublicAssistance() {
        return entryPublicAssistance;
    }

    public String getEntryCorrectedReason() {
        return entryCorrectedReason;
    }

    public void setEntryCorrectedReason(String entryCorrectedReason) {
        this.entryCorrectedReason = entryCorrectedReason;
    }

    /** Exits the enrollment on {@code exitDate} (the last day of service), for the reason given. */
    public void exit(LocalDate exitDate, ExitReason reason, ExitExclusion exclusion, String note) {
        this.exitDate = exitDate;
        this.exitReason = reason;
        this.exitExclusion = exclusion;
        this.exitNote = note;
    }

    public ExitReason getExitReason() {
        return exitReason;
    }

    public ExitExclusion getExitExclusion() {
        return exitExclusion;
    }

    public String getExitNote() {
        return exitNote;
    }

    public LocalDate getLastServiceDate() {
        return lastServiceDate;
    }

    public void setLastServiceDate(LocalDate lastServiceDate) {
        this.lastServiceDate = lastServiceDate;
    }

    public LocalDate getServicesEnd() {
        return servicesEnd;
    }

    public void setServicesEnd(LocalDate servicesEnd) {
        this.servicesEnd = servicesEnd;
    }

    public LocalDate getParticipationDate() {
        return participationDate;
    }

    public void setParticipationDate(LocalDate participationDate) {
        this.participationDate = participationDate;
    }

    public long getVersion() {
        return version;
    }
}
