package org.waypoint.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.waypoint.persistence.common.Auditable;

/**
 * A state as a policy profile. WIOA leaves several plan rules to the state (Kentucky reviews plans
 * every 90 days, Georgia sets no interval; the age at which an assessment is too old for a youth
 * ISS), so they are data here rather than code.
 */
@Entity
@Table(name = "state_profile")
@NamedQuery(name = StateProfile.FIND_ALL, query = "SELECT s FROM StateProfile s ORDER BY s.name")
public class StateProfile implements Auditable {

    public static final String FIND_ALL = "StateProfile.findAll";

    @Id
    @Size(min = 2, max = 2)
    private String code;

    @NotBlank
    @Size(max = 60)
    private String name;

    /** Days between plan reviews; null where the state sets no interval. */
    @Min(1)
    @Column(name = "plan_review_interval_days")
    private Integer planReviewIntervalDays;

    @Min(1)
    @Column(name = "assessment_max_age_months")
    private int assessmentMaxAgeMonths;

    /**
     * The birthday on which compulsory school attendance ends under State law (Kentucky 18, Georgia
     * 16): the out-of-school youth barrier "missed the most recent school quarter" applies below it
     * (20 CFR 681.210(c)(2)). Null where not set.
     */
    @Min(1)
    @Column(name = "compulsory_school_age")
    private Integer compulsorySchoolAge;

    /**
     * How old a service strategy from another program may be for a youth ISS to use it instead of a
     * new one (20 CFR 681.420(a)(4): a "recent" strategy; the state says how recent).
     */
    @Min(1)
    @Column(name = "strategy_max_age_months")
    private int strategyMaxAgeMonths = 6;

    /**
     * One exit for all of a participant's co-enrolled programs, on the last service of any (a state
     * choice, TEGL 10-16, Change 1); false: each program exits on its own services.
     */
    @Column(name = "common_exit", nullable = false)
    private boolean commonExit;

    /** Whether a documented planned gap in service holds the 90-day exit clock (a state choice). */
    @Column(name = "planned_gaps_allowed", nullable = false)
    private boolean plannedGapsAllowed = true;

    /**
     * Training cannot start before the plan is signed (Kentucky 24-003: the IEP/ISS "is completed
     * prior to enrollment of career training services").
     */
    @Column(name = "training_requires_signed_plan", nullable = false)
    private boolean trainingRequiresSignedPlan;

    /**
     * Which Adult and Dislocated Worker exiters get a follow-up period (20 CFR 680.150: as the state
     * sets; Georgia 3.3.1 I.E: those who exit to unsubsidized employment). Youth always have one.
     */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "adult_follow_up", nullable = false)
    private AdultFollowUp adultFollowUp = AdultFollowUp.ALL_EXITERS;

    /** The IANA zone the state's pages and printed plans show times in, e.g. America/New_York. */
    @NotBlank
    @Size(max = 40)
    @Column(name = "time_zone", nullable = false)
    private String timeZone = "America/New_York";

    @Version
    private long version;

    protected StateProfile() {}

    public StateProfile(String code, String name, Integer planReviewIntervalDays, int assessmentMaxAgeMonths) {
        this.code = code;
        this.name = name;
        this.planReviewIntervalDays = planReviewIntervalDays;
        this.assessmentMaxAgeMonths = assessmentMaxAgeMonths;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPlanReviewIntervalDays() {
        return planReviewIntervalDays;
    }

    public void setPlanReviewIntervalDays(Integer planReviewIntervalDays) {
        this.planReviewIntervalDays = planReviewIntervalDays;
    }

    public int getAssessmentMaxAgeMonths() {
        return assessmentMaxAgeMonths;
    }

    public void setAssessmentMaxAgeMonths(int assessmentMaxAgeMonths) {
        this.assessmentMaxAgeMonths = assessmentMaxAgeMonths;
    }

    public Integer getCompulsorySchoolAge() {
        return compulsorySchoolAge;
    }

    public void setCompulsorySchoolAge(Integer compulsorySchoolAge) {
        this.compulsorySchoolAge = compulsorySchoolAge;
    }

    public int getStrategyMaxAgeMonths() {
        return strategyMaxAgeMonths;
    }

    public void setStrategyMaxAgeMonths(int strategyMaxAgeMonths) {
        this.strategyMaxAgeMonths = strategyMaxAgeMonths;
    }

    public boolean isCommonExit() {
        return commonExit;
    }

    public void setCommonExit(boolean commonExit) {
        this.commonExit = commonExit;
    }

    public boolean isPlannedGapsAllowed() {
        return plannedGapsAllowed;
    }

    public void setPlannedGapsAllowed(boolean plannedGapsAllowed) {
        this.plannedGapsAllowed = plannedGapsAllowed;
    }

    public boolean isTrainingRequiresSignedPlan() {
        return trainingRequiresSignedPlan;
    }

    public void setTrainingRequiresSignedPlan(boolean trainingRequiresSignedPlan) {
        this.trainingRequiresSignedPlan = trainingRequiresSignedPlan;
    }

    public AdultFollowUp getAdultFollowUp() {
        return adultFollowUp;
    }

    public void setAdultFollowUp(AdultFollowUp adultFollowUp) {
        this.adultFollowUp = adultFollowUp;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return code;
    }
}
