package org.waypoint.web.plan;

import java.io.Serializable;
import org.waypoint.service.plan.PlanContent;

/** The need-for-training findings. */
public class NeedForTrainingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean lacksMarketableCredential;
    private String credentialDocumentation;
    private Boolean unlikelyWithoutTraining;
    private String unlikelyDocumentation;
    private Boolean needsTraining;
    private String needsDocumentation;
    private Boolean hasSkillsToSucceed;
    private String skillsDocumentation;

    static NeedForTrainingForm of(PlanContent.NeedForTraining n) {
        NeedForTrainingForm f = new NeedForTrainingForm();
        if (n != null) {
            f.lacksMarketableCredential = n.lacksMarketableCredential();
            f.credentialDocumentation = n.credentialDocumentation();
            f.unlikelyWithoutTraining = n.unlikelyWithoutTraining();
            f.unlikelyDocumentation = n.unlikelyDocumentation();
            f.needsTraining = n.needsTraining();
            f.needsDocumentation = n.needsDocumentation();
            f.hasSkillsToSucceed = n.hasSkillsToSucceed();
            f.skillsDocumentation = n.skillsDocumentation();
        }
        return f;
    }

    PlanContent.NeedForTraining toRecord() {
        return new PlanContent.NeedForTraining(
                lacksMarketableCredential,
                credentialDocumentation,
                unlikelyWithoutTraining,
                unlikelyDocumentation,
                needsTraining,
                needsDocumentation,
                hasSkillsToSucceed,
                skillsDocumentation);
    }

    public Boolean getLacksMarketableCredential() {
        return lacksMarketableCredential;
    }

    public void setLacksMarketableCredential(Boolean lacksMarketableCredential) {
        this.lacksMarketableCredential = lacksMarketableCredential;
    }

    public String getCredentialDocumentation() {
        return credentialDocumentation;
    }

    public void setCredentialDocumentation(String credentialDocumentation) {
        this.credentialDocumentation = credentialDocumentation;
    }

    public Boolean getUnlikelyWithoutTraining() {
        return unlikelyWithoutTraining;
    }

    public void setUnlikelyWithoutTraining(Boolean unlikelyWithoutTraining) {
        this.unlikelyWithoutTraining = unlikelyWithoutTraining;
    }

    public String getUnlikelyDocumentation() {
        return unlikelyDocumentation;
    }

    public void setUnlikelyDocumentation(String unlikelyDocumentation) {
        this.unlikelyDocumentation = unlikelyDocumentation;
    }

    public Boolean getNeedsTraining() {
        return needsTraining;
    }

    public void setNeedsTraining(Boolean needsTraining) {
        this.needsTraining = needsTraining;
    }

    public String getNeedsDocumentation() {
        return needsDocumentation;
    }

    public void setNeedsDocumentation(String needsDocumentation) {
        this.needsDocumentation = needsDocumentation;
    }

    public Boolean getHasSkillsToSucceed() {
        return hasSkillsToSucceed;
    }

    public void setHasSkillsToSucceed(Boolean hasSkillsToSucceed) {
        this.hasSkillsToSucceed = hasSkillsToSucceed;
    }

    public String getSkillsDocumentation() {
        return skillsDocumentation;
    }

    public void setSkillsDocumentation(String skillsDocumentation) {
        this.skillsDocumentation = skillsDocumentation;
    }
}
