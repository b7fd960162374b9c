package org.waypoint.web.plan;

import java.io.Serializable;
import org.waypoint.service.plan.PlanContent;

/** Training and supportive-service needs. */
public class TrainingNeedsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String preEmploymentSkills;
    private String basicEducationSkills;
    private String occupationalSkills;
    private String supportiveServiceNeeds;
    private String otherDeficiencies;

    static TrainingNeedsForm of(PlanContent.TrainingNeeds n) {
        TrainingNeedsForm f = new TrainingNeedsForm();
        if (n != null) {
            f.preEmploymentSkills = n.preEmploymentSkills();
            f.basicEducationSkills = n.basicEducationSkills();
            f.occupationalSkills = n.occupationalSkills();
            f.supportiveServiceNeeds = n.supportiveServiceNeeds();
            f.otherDeficiencies = n.otherDeficiencies();
        }
        return f;
    }

    PlanContent.TrainingNeeds toRecord() {
        return new PlanContent.TrainingNeeds(
                preEmploymentSkills,
                basicEducationSkills,
                occupationalSkills,
                supportiveServiceNeeds,
                otherDeficiencies);
    }

    public String getPreEmploymentSkills() {
        return preEmploymentSkills;
    }

    public void setPreEmploymentSkills(String preEmploymentSkills) {
        this.preEmploymentSkills = preEmploymentSkills;
    }

    public String getBasicEducationSkills() {
        return basicEducationSkills;
    }

    public void setBasicEducationSkills(String basicEducationSkills) {
        this.basicEducationSkills = basicEducationSkills;
    }

    public String getOccupationalSkills() {
        return occupationalSkills;
    }

    public void setOccupationalSkills(String occupationalSkills) {
        this.occupationalSkills = occupationalSkills;
    }

    public String getSupportiveServiceNeeds() {
        return supportiveServiceNeeds;
    }

    public void setSupportiveServiceNeeds(String supportiveServiceNeeds) {
        this.supportiveServiceNeeds = supportiveServiceNeeds;
    }

    public String getOtherDeficiencies() {
        return otherDeficiencies;
    }

    public void setOtherDeficiencies(String otherDeficiencies) {
        this.otherDeficiencies = otherDeficiencies;
    }
}
