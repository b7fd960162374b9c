package org.waypoint.web.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.plan.PlanContent;

/** The youth ISS strategy, with the recent strategy from another program when one is used instead. */
public class YouthStrategyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<Integer> programElements;
    private String educationGoal;
    private Boolean nonTraditionalEmployment;
    private String nonTraditionalFor;
    private String careerPlanningNotes;
    private String followUpStrategy;
    private boolean reused;
    private String reuseProgram;
    private String reuseSource;
    private LocalDate reuseDevelopedOn;
    private String reuseDetermination;
    private Long reuseDocumentId;
    private String reuseDocumentName;

    static YouthStrategyForm of(PlanContent.YouthStrategy y) {
        YouthStrategyForm f = new YouthStrategyForm();
        f.programElements = new ArrayList<>();
        if (y != null) {
            f.programElements.addAll(y.programElements());
            f.educationGoal = y.educationGoal();
            f.nonTraditionalEmployment = y.nonTraditionalEmployment();
            f.nonTraditionalFor = y.nonTraditionalFor();
            f.careerPlanningNotes = y.careerPlanningNotes();
            f.followUpStrategy = y.followUpStrategy();
            PlanContent.RecentStrategy r = y.reuse();
            if (r != null) {
                f.reused = true;
                f.reuseProgram = r.program();
                f.reuseSource = r.source();
                f.reuseDevelopedOn = r.developedOn();
                f.reuseDetermination = r.determination();
                f.reuseDocumentId = r.documentId();
                f.reuseDocumentName = r.documentName();
            }
        }
        return f;
    }

    PlanContent.YouthStrategy toRecord() {
        return new PlanContent.YouthStrategy(
                programElements,
                educationGoal,
                nonTraditionalEmployment,
                nonTraditionalFor,
                careerPlanningNotes,
                followUpStrategy,
                reused
                        ? new PlanContent.RecentStrategy(
                                reuseProgram,
                                reuseSource,
                                reuseDevelopedOn,
                                reuseDetermination,
                                reuseDocumentId,
                                reuseDocumentName)
                        : null);
    }

    public List<Integer> getProgramElements() {
        return programElements;
    }

    public void setProgramElements(List<Integer> programElements) {
        this.programElements = programElements;
    }

    public String getEducationGoal() {
        return educationGoal;
    }

    public void setEducationGoal(String educationGoal) {
        this.educationGoal = educationGoal;
    }

    public Boolean getNonTraditionalEmployment() {
        return nonTraditionalEmployment;
    }

    public void setNonTraditionalEmployment(Boolean nonTraditionalEmployment) {
        this.nonTraditionalEmployment = nonTraditionalEmployment;
    }

    public String getNonTraditionalFor() {
        return nonTraditionalFor;
    }

    public void setNonTraditionalFor(String nonTraditionalFor) {
        this.nonTraditionalFor = nonTraditionalFor;
    }

    public String getCareerPlanningNotes() {
        return careerPlanningNotes;
    }

    public void setCareerPlanningNotes(String careerPlanningNotes) {
        this.careerPlanningNotes = careerPlanningNotes;
    }

    public String getFollowUpStrategy() {
        return followUpStrategy;
    }

    public void setFollowUpStrategy(String followUpStrategy) {
        this.followUpStrategy = followUpStrategy;
    }

    public boolean isReused() {
        return reused;
    }

    public void setReused(boolean reused) {
        this.reused = reused;
    }

    public String getReuseProgram() {
        return reuseProgram;
    }

    public void setReuseProgram(String reuseProgram) {
        this.reuseProgram = reuseProgram;
    }

    public String getReuseSource() {
        return reuseSource;
    }

    public void setReuseSource(String reuseSource) {
        this.reuseSource = reuseSource;
    }

    public LocalDate getReuseDevelopedOn() {
        return reuseDevelopedOn;
    }

    public void setReuseDevelopedOn(LocalDate reuseDevelopedOn) {
        this.reuseDevelopedOn = reuseDevelopedOn;
    }

    public String getReuseDetermination() {
        return reuseDetermination;
    }

    public void setReuseDetermination(String reuseDetermination) {
        this.reuseDetermination = reuseDetermination;
    }

    public Long getReuseDocumentId() {
        return reuseDocumentId;
    }

    public void setReuseDocumentId(Long reuseDocumentId) {
        this.reuseDocumentId = reuseDocumentId;
    }

    public String getReuseDocumentName() {
        return reuseDocumentName;
    }

    public void setReuseDocumentName(String reuseDocumentName) {
        this.reuseDocumentName = reuseDocumentName;
    }
}
