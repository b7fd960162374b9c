package org.waypoint.persistence.exit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;

/**
 * One run of the exit job (20 CFR 677.150(c)), daily or started by a state admin, with its counts.
 * The job writes the row with SQL in the same transaction as its exits (it runs set-based, not
 * through entities), so the entity only reads it: a run that failed left no row at all.
 */
@Entity
@Table(name = "exit_run")
@NamedQuery(name = ExitRun.LATEST, query = "SELECT r FROM ExitRun r ORDER BY r.startedAt DESC, r.id DESC")
public class ExitRun implements Auditable {

    /** The runs, latest first. */
    public static final String LATEST = "ExitRun.latest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", updatable = false)
    private Instant finishedAt;

    @Column(name = "dates_updated", updatable = false)
    private int datesUpdated;

    @Column(name = "exited", updatable = false)
    private int exited;

    @Column(name = "common_exits", updatable = false)
    private int commonExits;

    protected ExitRun() {}

    @Override
    public Object auditId() {
        return id;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getDatesUpdated() {
        return datesUpdated;
    }

    public int getExited() {
        return exited;
    }

    public int getCommonExits() {
        return commonExits;
    }
}
