package org.waypoint.web.plan;

import java.io.Serializable;
import org.waypoint.service.plan.PlanContent;

/** An employment goal row. */
public class GoalRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private PlanContent.Term term;
    private String soc;
    private String occupation;
    private String cluster;
    private String justification;

    static GoalRow of(PlanContent.EmploymentGoal g) {
        GoalRow row = new GoalRow();
        row.term = g.term();
        row.soc = g.soc();
        row.occupation = g.occupation();
        row.cluster = g.cluster();
        row.justification = g.justification();
        return row;
    }

    PlanContent.EmploymentGoal toRecord() {
        return new PlanContent.EmploymentGoal(term, soc, occupation, cluster, justification);
    }

    boolean isBlank() {
        return PlanForm.blank(soc)
                && PlanForm.blank(occupation)
                && PlanForm.blank(cluster)
                && PlanForm.blank(justification);
    }

    public PlanContent.Term getTerm() {
        return term;
    }

    public void setTerm(PlanContent.Term term) {
        this.term = term;
    }

    public String getSoc() {
        return soc;
    }

    public void setSoc(String soc) {
        this.soc = soc;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public String getCluster() {
        return cluster;
    }

    public void setCluster(String cluster) {
        this.cluster = cluster;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
