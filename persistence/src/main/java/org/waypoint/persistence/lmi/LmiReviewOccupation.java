package org.waypoint.persistence.lmi;

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
import java.math.BigDecimal;

/**
 * One occupation of an LMI review, with the figures as they were when the review was saved and the
 * vintage they came from. Never recomputed from newer imports: a signed plan keeps saying what the
 * career seeker was shown. A figure the source suppressed stays null.
 */
@Entity
@Table(name = "lmi_review_occupation")
public class LmiReviewOccupation {

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", updatable = false)
    private LmiReview review;

    private int position;

    private String soc;

    private String title;

    @Column(name = "projection_source")
    private String projectionSource;

    @Column(name = "wage_source")
    private String wageSource;

    @Column(name = "mean_wage")
    private Integer meanWage;

    @Column(name = "median_wage")
    private Integer medianWage;

    @Column(name = "entry_wage")
    private Integer entryWage;

    @Column(name = "experienced_wage")
    private Integer experiencedWage;

    @Column(name = "base_employment")
    private Integer baseEmployment;

    @Column(name = "projected_employment")
    private Integer projectedEmployment;

    @Column(name = "percent_change")
    private BigDecimal percentChange;

    @Column(name = "annual_openings")
    private Integer annualOpenings;

    @Column(name = "in_demand")
    private Boolean inDemand;

    @Column(name = "typical_education")
    private String typicalEducation;

    protected LmiReviewOccupation() {}

    /** The figures of one occupation in the review's area, as shown to the career seeker. */
    public LmiReviewOccupation(
            String soc,
            String title,
            String projectionSource,
            String wageSource,
            Integer meanWage,
            Integer medianWage,
            Integer entryWage,
            Integer experiencedWage,
            Integer baseEmployment,
            Integer projectedEmployment,
            BigDecimal percentChange,
            Integer annualOpenings,
            Boolean inDemand,
            String typicalEducation) {
        this.soc = soc;
        this.title = title;
        this.projectionSource = projectionSource;
        this.wageSource = wageSource;
        this.meanWage = meanWage;
        this.medianWage = medianWage;
        this.entryWage = entryWage;
        this.experiencedWage = experiencedWage;
        this.baseEmployment = baseEmployment;
        this.projectedEmployment = projectedEmployment;
        this.percentChange = percentChange;
        this.annualOpenings = annualOpenings;
        this.inDemand = inDemand;
        this.typicalEducation = typicalEducation;
    }

    void attach(LmiReview review, int position) {
        this.review = review;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getSoc() {
        return soc;
    }

    public String getTitle() {
        return title;
    }

    public String getProjectionSource() {
        return projectionSource;
    }

    public String getWageSource() {
        return wageSource;
    }

    public Integer getMeanWage() {
        return meanWage;
    }

    public Integer getMedianWage() {
        return medianWage;
    }

    public Integer getEntryWage() {
        return entryWage;
    }

    public Integer getExperiencedWage() {
        return experiencedWage;
    }

    public Integer getBaseEmployment() {
        return baseEmployment;
    }

    public Integer getProjectedEmployment() {
        return projectedEmployment;
    }

    public BigDecimal getPercentChange() {
        return percentChange;
    }

    public Integer getAnnualOpenings() {
        return annualOpenings;
    }

    public Boolean getInDemand() {
        return inDemand;
    }

    public String getTypicalEducation() {
        return typicalEducation;
    }
}
