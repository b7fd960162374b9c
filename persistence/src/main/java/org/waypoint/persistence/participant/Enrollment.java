package org.waypoint.persistence.participant;

import jakarta.persistence.Column;
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
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.security.StaffAccount;

/**
 * A participant's enrollment in one program, from entry to exit (PIRL 900/901). Co-enrollment is
 * several enrollments open at once; a plan's rules read which programs are open.
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

    public void setExitDate(LocalDate exitDate) {
        this.exitDate = exitDate;
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

    public long getVersion() {
        return version;
    }
}
