package org.waypoint.persistence.plan;

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
import java.time.LocalDate;

/**
 * A review of a plan (Kentucky: at least every 90 days): the progress on each achievement objective
 * and the changes made, against the version in force. Never changed; the next review is a new row.
 */
@Entity
@Table(name = "plan_review")
@NamedQuery(
        name = PlanReview.FIND_BY_PLAN,
        query = "SELECT r FROM PlanReview r WHERE r.plan.id = :planId ORDER BY r.reviewedOn DESC, r.id DESC")
public class PlanReview {

    public static final String FIND_BY_PLAN = "PlanReview.findByPlan";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    private Plan plan;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "reviewed_on", nullable = false, updatable = false)
    private LocalDate reviewedOn;

    @Column(nullable = false, updatable = false)
    private String progress;

    @Column(updatable = false)
    private String changes;

    /** Progress objective by objective, as JSON written by the service. */
    @Column(name = "objective_progress", updatable = false)
    private String objectiveProgress;

    @Column(name = "reviewed_by", nullable = false, updatable = false)
    private String reviewedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PlanReview() {}

    public PlanReview(
            Plan plan,
            int versionNumber,
            LocalDate reviewedOn,
            String progress,
            String changes,
            String objectiveProgress,
            String reviewedBy,
            Instant recordedAt) {
        this.objectiveProgress = objectiveProgress;
        this.plan = plan;
        this.versionNumber = versionNumber;
        this.reviewedOn = reviewedOn;
        this.progress = progress;
        this.changes = changes;
        this.reviewedBy = reviewedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getProgress() {
        return progress;
    }

    public String getChanges() {
        return changes;
    }

    public String getObjectiveProgress() {
        return objectiveProgress;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
