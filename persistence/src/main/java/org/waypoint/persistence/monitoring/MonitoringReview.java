package org.waypoint.persistence.monitoring;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.reference.Lwda;

/**
 * A compliance review of one LWDA's plans in a period: the sample size asked for, the seed the
 * sample was drawn with (so that anyone can draw it again) and the size of the population it was
 * drawn from. Its files hold the sampled participants and their checklists.
 */
@Entity
@Table(name = "monitoring_review")
@NamedQuery(
        name = MonitoringReview.FIND_ALL,
        query = "SELECT r FROM MonitoringReview r JOIN FETCH r.lwda ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(
        name = MonitoringReview.FIND_FOR_LWDA,
        query = "SELECT r FROM MonitoringReview r JOIN FETCH r.lwda WHERE r.lwda.id = :lwdaId"
                + " ORDER BY r.createdAt DESC, r.id DESC")
public class MonitoringReview implements Auditable {

    /** Every review, newest first. */
    public static final String FIND_ALL = "MonitoringReview.findAll";
    /** The reviews of one LWDA, newest first. */
    public static final String FIND_FOR_LWDA = "MonitoringReview.findForLwda";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lwda_id", updatable = false)
    private Lwda lwda;

    @Column(name = "state_code", nullable = false, updatable = false)
    private String stateCode;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "sample_size", nullable = false, updatable = false)
    private int sampleSize;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(nullable = false, updatable = false)
    private int population;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "review", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<MonitoringFile> files = new ArrayList<>();

    @Version
    private long version;

    protected MonitoringReview() {}

    public MonitoringReview(
            Lwda lwda, LocalDate from, LocalDate to, int sampleSize, long seed, int population, String by) {
        this.lwda = lwda;
        this.stateCode = lwda.getState().getCode();
        this.periodFrom = from;
        this.periodTo = to;
        this.sampleSize = sampleSize;
        this.seed = seed;
        this.population = population;
        this.createdBy = by;
        this.createdAt = Instant.now();
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return lwda.getId();
    }

    public Long getId() {
        return id;
    }

    public Lwda getLwda() {
        return lwda;
    }

    public String getStateCode() {
        return stateCode;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public int getSampleSize() {
        return sampleSize;
    }

    public long getSeed() {
        return seed;
    }

    public int getPopulation() {
        return population;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<MonitoringFile> getFiles() {
        return files;
    }

    public long getVersion() {
        return version;
    }
}
