package org.waypoint.web.plan;

import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.ServiceType;

/** One row of the schedule of activities and services. */
public class ServiceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private ServiceType type;
    private String description;
    private String provider;
    private boolean wioaFunded;
    private String fundingSource;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private LocalDate actualStart;
    private LocalDate actualEnd;
    private String status;
    private Integer programElement;

    static ServiceRow of(PlanContent.PlannedService s) {
        ServiceRow row = new ServiceRow();
        row.type = s.type();
        row.description = s.description();
        row.provider = s.provider();
        row.wioaFunded = s.wioaFunded();
        row.fundingSource = s.fundingSource();
        row.plannedStart = s.plannedStart();
        row.plannedEnd = s.plannedEnd();
        row.actualStart = s.actualStart();
        row.actualEnd = s.actualEnd();
        row.status = s.status();
        row.programElement = s.programElement();
        return row;
    }

    PlanContent.PlannedService toRecord() {
        return new PlanContent.PlannedService(
                type,
                description,
                provider,
                wioaFunded,
                fundingSource,
                plannedStart,
                plannedEnd,
                actualStart,
                actualEnd,
                status,
                programElement);
    }

    boolean isBlank() {
        return type == null && PlanForm.blank(description) && PlanForm.blank(provider) && plannedStart == null;
    }

    public ServiceType getType() {
        return type;
    }

    public void setType(ServiceType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public boolean isWioaFunded() {
        return wioaFunded;
    }

    public void setWioaFunded(boolean wioaFunded) {
        this.wioaFunded = wioaFunded;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDate actualStart) {
        this.actualStart = actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public void setActualEnd(LocalDate actualEnd) {
        this.actualEnd = actualEnd;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getProgramElement() {
        return programElement;
    }

    public void setProgramElement(Integer programElement) {
        this.programElement = programElement;
    }
}
