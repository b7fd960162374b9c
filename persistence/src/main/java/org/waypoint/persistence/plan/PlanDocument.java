package org.waypoint.persistence.plan;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document in a plan's case file, stored once and never changed: the PDF of a signed version as
 * the participant and the staff member signed it (the original, not a copy printed later from data
 * that may since have changed), or the copy of a recent service strategy from another program that
 * a youth ISS uses instead of a new one. The bytes load only when the document is opened.
 */
@Entity
@Table(name = "plan_document")
@NamedQuery(
        name = PlanDocument.FIND,
        query = "SELECT d FROM PlanDocument d WHERE d.plan.id = :planId AND d.kind = :kind"
                + " ORDER BY d.createdAt DESC, d.id DESC")
public class PlanDocument {

    public static final String FIND = "PlanDocument.find";
    public static final String SIGNED_PLAN = "SIGNED_PLAN";
    public static final String REUSED_STRATEGY = "REUSED_STRATEGY";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    private Plan plan;

    @Column(name = "version_number", updatable = false)
    private Integer versionNumber;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    /** The document itself, read only when it is opened. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "offered_to_participant", nullable = false, updatable = false)
    private boolean offeredToParticipant;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PlanDocument() {}

    public PlanDocument(
            Plan plan,
            Integer versionNumber,
            String kind,
            String fileName,
            String mediaType,
            byte[] content,
            String sha256,
            boolean offeredToParticipant,
            String createdBy,
            Instant createdAt) {
        this.plan = plan;
        this.versionNumber = versionNumber;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.offeredToParticipant = offeredToParticipant;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public String getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public boolean isOfferedToParticipant() {
        return offeredToParticipant;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
