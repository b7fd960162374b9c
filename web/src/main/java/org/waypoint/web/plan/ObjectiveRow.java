package org.waypoint.web.plan;

import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.service.plan.ObjectiveStatus;
import org.waypoint.service.plan.PlanContent;

/** An achievement objective row. */
public class ObjectiveRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String benchmark;
    private String measure;
    private LocalDate targetDate;
    private ObjectiveStatus status;
    private LocalDate statusDate;
    private String evidence;

    static ObjectiveRow of(PlanContent.Objective o) {
        ObjectiveRow row = new ObjectiveRow();
        row.benchmark = o.benchmark();
        row.measure = o.measure();
        row.targetDate = o.targetDate();
        row.status = o.status();
        row.statusDate = o.statusDate();
        row.evidence = o.evidence();
        return row;
    }

    PlanContent.Objective toRecord() {
        return new PlanContent.Objective(benchmark, measure, targetDate, status, statusDate, evidence);
    }

    boolean isBlank() {
        return PlanForm.blank(benchmark) && PlanForm.blank(measure) && targetDate == null;
    }

    public String getBenchmark() {
        return benchmark;
    }

    public void setBenchmark(String benchmark) {
        this.benchmark = benchmark;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public ObjectiveStatus getStatus() {
        return status;
    }

    public void setStatus(ObjectiveStatus status) {
        this.status = status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
