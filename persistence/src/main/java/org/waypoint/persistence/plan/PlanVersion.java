package org.waypoint.persistence.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.persistence.common.AuditMasked;
import org.waypoint.persistence.common.Auditable;

/**
 * One numbered version of a plan: the whole plan document as JSON, a draft until both the
 * participant and the staff member sign it, then frozen. Edited with optimistic locking.
 */
@Entity
@Table(name = "plan_version")
@NamedQuery(
        name = PlanVersion.FIND_BY_PLAN,
        query = "SELECT v FROM PlanVersion v WHERE v.plan.id = :planId ORDER BY v.number DESC")
public class PlanVersion implements Auditable {

    public static final String FIND_BY_PLAN = "PlanVersion.findByPlan";
    public static final String DRAFT = "DRAFT";
    public static final String SIGNED = "SIGNED";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    private Plan plan;

    @Column(nullable = false, updatable = false)
    private int number;

    /** The plan document; the versions themselves are its history, so the audit row only says it changed. */
    @AuditMasked
    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private String status;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @OneToMany(mappedBy = "planVersion", cascade = CascadeType.ALL)
    @OrderBy("signedAt")
    private List<PlanSignature> signatures = new ArrayList<>();

    @Version
    private long version;

    protected PlanVersion() {}

    public PlanVersion(Plan plan, int number, String content, String changedBy, Instant changedAt) {
        this.plan = plan;
        this.number = number;
        this.content = content;
        this.status = DRAFT;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    @Override
    public Object auditId() {
        return plan.auditId() + " v" + number;
    }

    @Override
    public Long auditLwdaId() {
        return plan.auditLwdaId();
    }

    /** Replaces the document of a draft. */
    public void edit(String newContent, String by, Instant at) {
        if (isSigned()) {
            throw new IllegalStateException("Version " + number + " is signed and cannot change");
        }
        this.content = newContent;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** Freezes the version with both signatures. */
    public void sign(PlanSignature participant, PlanSignature staff, Instant at) {
        if (isSigned()) {
            throw new IllegalStateException("Version " + number + " is already signed");
        }
        participant.attach(this);
        staff.attach(this);
        signatures.add(participant);
        signatures.add(staff);
        this.status = SIGNED;
        this.signedAt = at;
    }

    public boolean isSigned() {
        return SIGNED.equals(status);
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public String getContent() {
        return content;
    }

    public String getStatus() {
        return status;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public List<PlanSignature> getSignatures() {
        return signatures;
    }

    public long getVersion() {
        return version;
    }
}
