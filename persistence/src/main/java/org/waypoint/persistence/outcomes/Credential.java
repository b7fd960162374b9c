package org.waypoint.persistence.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.security.StaffAccount;

/**
 * A recognized postsecondary credential or secondary diploma a participant attained (PIRL
 * 1800-1805), recorded against the program enrollment whose credential attainment indicator it
 * counts for (20 CFR 677.155(a)(1)(iv): attained during participation or within one year after
 * exit). It names the credential as awarded, since the PIRL type alone ("occupational
 * certification") does not tell staff which one it was.
 */
@Entity
@Table(name = "credential")
@NamedQuery(
        name = Credential.FIND_BY_PARTICIPANT,
        query = "SELECT c FROM Credential c JOIN FETCH c.enrollment LEFT JOIN FETCH c.training"
                + " LEFT JOIN FETCH c.recordedBy LEFT JOIN FETCH c.voidedBy"
                + " WHERE c.participant.id = :participantId ORDER BY c.attainedOn DESC, c.id DESC")
public class Credential extends OutcomeRecord {

    /** Every credential of a participant, voided ones too, newest first. */
    public static final String FIND_BY_PARTICIPANT = "Credential.findByParticipant";

    public static final int NAME_LENGTH = 200;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "credential_type", nullable = false)
    private CredentialType credentialType;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false)
    private String name;

    @NotNull
    @Column(name = "attained_on", nullable = false)
    private LocalDate attainedOn;

    protected Credential() {}

    public Credential(
            Enrollment enrollment,
            CredentialType credentialType,
            String name,
            LocalDate attainedOn,
            StaffAccount recordedBy) {
        super(enrollment, recordedBy);
        this.credentialType = credentialType;
        this.name = name;
        this.attainedOn = attainedOn;
    }

    public CredentialType getCredentialType() {
        return credentialType;
    }

    public String getName() {
        return name;
    }

    public LocalDate getAttainedOn() {
        return attainedOn;
    }
}
