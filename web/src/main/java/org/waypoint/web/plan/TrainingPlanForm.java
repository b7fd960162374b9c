package org.waypoint.web.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import org.waypoint.service.plan.PlanContent;

/** The training plan (Eligible Training Provider program and ITA). */
public class TrainingPlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long programId;
    private String provider;
    private String program;
    private String cipCode;
    private BigDecimal cost;
    private Integer lengthWeeks;
    private String credential;
    private String outcomes;
    private BigDecimal itaAmount;
    private String otherAidConsidered;

    static TrainingPlanForm of(PlanContent.TrainingPlan t) {
        TrainingPlanForm f = new TrainingPlanForm();
        if (t != null) {
            f.provider = t.provider();
            f.program = t.program();
            f.cipCode = t.cipCode();
            f.cost = t.cost();
            f.lengthWeeks = t.lengthWeeks();
            f.credential = t.credential();
            f.outcomes = t.outcomes();
            f.itaAmount = t.itaAmount();
            f.otherAidConsidered = t.otherAidConsidered();
        }
        return f;
    }

    PlanContent.TrainingPlan toRecord() {
        return new PlanContent.TrainingPlan(
                provider, program, cipCode, cost, lengthWeeks, credential, outcomes, itaAmount, otherAidConsidered);
    }

    public Long getProgramId() {
        return programId;
    }

    public void setProgramId(Long programId) {
        this.programId = programId;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getCipCode() {
        return cipCode;
    }

    public void setCipCode(String cipCode) {
        this.cipCode = cipCode;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public Integer getLengthWeeks() {
        return lengthWeeks;
    }

    public void setLengthWeeks(Integer lengthWeeks) {
        this.lengthWeeks = lengthWeeks;
    }

    public String getCredential() {
        return credential;
    }

    public void setCredential(String credential) {
        this.credential = credential;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public BigDecimal getItaAmount() {
        return itaAmount;
    }

    public void setItaAmount(BigDecimal itaAmount) {
        this.itaAmount = itaAmount;
    }

    public String getOtherAidConsidered() {
        return otherAidConsidered;
    }

    public void setOtherAidConsidered(String otherAidConsidered) {
        this.otherAidConsidered = otherAidConsidered;
    }
}
