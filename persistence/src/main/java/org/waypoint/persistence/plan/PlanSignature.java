package org.waypoint.persistence.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signature on a plan version, by the participant or the staff member: drawn on the signature
 * pad (kept as the pad's drawing) or typed with consent to sign electronically. Never changed.
 */
@Entity
@Table(name = "plan_signature")
public class PlanSignature {

    public static final String PARTICIPANT = "PARTICIPANT";
    public static final String STAFF = "STAFF";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_version_id", updatable = false)
    private PlanVersion planVersion;

    @Column(name = "signer_role", nullable = false, updatable = false)
    private String signerRole;

    @Column(name = "signer_name", nullable = false, updatable = false)
    private String signerName;

    /** DRAWN or TYPED. */
    @Column(nullable = false, updatable = false)
    private String method;

    @Column(updatable = false)
    private String drawing;

    @Column(nullable = false, updatable = false)
    private boolean consent;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected PlanSignature() {}

    public PlanSignature(
            String signerRole,
            String signerName,
            String method,
            String drawing,
            boolean consent,
            Instant signedAt,
            String recordedBy) {
        this.signerRole = signerRole;
        this.signerName = signerName;
        this.method = method;
        this.drawing = drawing;
        this.consent = consent;
        this.signedAt = signedAt;
        this.recordedBy = recordedBy;
    }

    void attach(PlanVersion version) {
        this.planVersion = version;
    }

    public Long getId() {
        return id;
    }

    public String getSignerRole() {
        return signerRole;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getMethod() {
        return method;
    }

    public String getDrawing() {
        return drawing;
    }

    public boolean isConsent() {
        return consent;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
