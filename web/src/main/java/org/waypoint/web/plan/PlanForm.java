package org.waypoint.web.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.plan.PlanContent;

/**
 * The plan document as the edit page binds it: the immutable {@link PlanContent} turned into
 * mutable rows the inputs write to, and back. The page keeps one of these for as long as it is
 * open, so what staff typed survives a refused save (a conflict, a validation message) until they
 * choose what to do with it.
 */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean participantTookPart;
    private List<GoalRow> goals;
    private Long lmiReviewId;
    private List<String> industrySectors;
    private String strengths;
    private String goalsAndChallenges;
    private String stressorsAndChallenges;
    private List<String> barriers;
    private NeedForTrainingForm need;
    private TrainingNeedsForm trainingNeeds;
    private List<ServiceRow> services;
    private TrainingPlanForm training;
    private List<ObjectiveRow> objectives;
    private List<PathwayStep> careerPathway;
    private String providerInformation;
    private String followUpPlan;
    private YouthStrategyForm youth;

    /** The form of a stored document; every part present, so the page never meets a null. */
    public static PlanForm of(PlanContent c) {
        PlanForm f = new PlanForm();
        f.participantTookPart = c.participantTookPart();
        f.goals = new ArrayList<>(c.goals().stream().map(GoalRow::of).toList());
        f.lmiReviewId = c.lmiReviewId();
        f.industrySectors = new ArrayList<>(c.industrySectors());
        f.strengths = c.strengths();
        f.goalsAndChallenges = c.goalsAndChallenges();
        f.stressorsAndChallenges = c.stressorsAndChallenges();
        f.barriers = new ArrayList<>(c.barriers());
        f.need = NeedForTrainingForm.of(c.needForTraining());
        f.trainingNeeds = TrainingNeedsForm.of(c.trainingNeeds());
        f.services = new ArrayList<>(c.services().stream().map(ServiceRow::of).toList());
        f.training = TrainingPlanForm.of(c.trainingPlan());
        f.objectives =
                new ArrayList<>(c.objectives().stream().map(ObjectiveRow::of).toList());
        f.careerPathway =
                new ArrayList<>(c.careerPathway().stream().map(PathwayStep::of).toList());
        f.providerInformation = c.providerInformation();
        f.followUpPlan = c.followUpPlan();
        f.youth = YouthStrategyForm.of(c.youth());
        return f;
    }

    /** The document to save; blank rows (nothing typed) are left out. */
    public PlanContent toContent(boolean youthStrategy) {
        return new PlanContent(
                participantTookPart,
                goals.stream().filter(g -> !g.isBlank()).map(GoalRow::toRecord).toList(),
                lmiReviewId,
                industrySectors,
                strengths,
                goalsAndChallenges,
                stressorsAndChallenges,
                barriers,
                need.toRecord(),
                trainingNeeds.toRecord(),
                services.stream()
                        .filter(s -> !s.isBlank())
                        .map(ServiceRow::toRecord)
                        .toList(),
                training.toRecord(),
                objectives.stream()
                        .filter(o -> !o.isBlank())
                        .map(ObjectiveRow::toRecord)
                        .toList(),
                careerPathway.stream()
                        .map(PathwayStep::getText)
                        .filter(t -> t != null && !t.isBlank())
                        .toList(),
                providerInformation,
                followUpPlan,
                youthStrategy ? youth.toRecord() : null);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Boolean getParticipantTookPart() {
        return participantTookPart;
    }

    public void setParticipantTookPart(Boolean participantTookPart) {
        this.participantTookPart = participantTookPart;
    }

    public List<GoalRow> getGoals() {
        return goals;
    }

    public void setGoals(List<GoalRow> goals) {
        this.goals = goals;
    }

    public Long getLmiReviewId() {
        return lmiReviewId;
    }

    public void setLmiReviewId(Long lmiReviewId) {
        this.lmiReviewId = lmiReviewId;
    }

    public List<String> getIndustrySectors() {
        return industrySectors;
    }

    public void setIndustrySectors(List<String> industrySectors) {
        this.industrySectors = industrySectors;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getGoalsAndChallenges() {
        return goalsAndChallenges;
    }

    public void setGoalsAndChallenges(String goalsAndChallenges) {
        this.goalsAndChallenges = goalsAndChallenges;
    }

    public String getStressorsAndChallenges() {
        return stressorsAndChallenges;
    }

    public void setStressorsAndChallenges(String stressorsAndChallenges) {
        this.stressorsAndChallenges = stressorsAndChallenges;
    }

    public List<String> getBarriers() {
        return barriers;
    }

    public void setBarriers(List<String> barriers) {
        this.barriers = barriers;
    }

    public NeedForTrainingForm getNeed() {
        return need;
    }

    public void setNeed(NeedForTrainingForm need) {
        this.need = need;
    }

    public TrainingNeedsForm getTrainingNeeds() {
        return trainingNeeds;
    }

    public void setTrainingNeeds(TrainingNeedsForm trainingNeeds) {
        this.trainingNeeds = trainingNeeds;
    }

    public List<ServiceRow> getServices() {
        return services;
    }

    public void setServices(List<ServiceRow> services) {
        this.services = services;
    }

    public TrainingPlanForm getTraining() {
        return training;
    }

    public void setTraining(TrainingPlanForm training) {
        this.training = training;
    }

    public List<ObjectiveRow> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<ObjectiveRow> objectives) {
        this.objectives = objectives;
    }

    public List<PathwayStep> getCareerPathway() {
        return careerPathway;
    }

    public void setCareerPathway(List<PathwayStep> careerPathway) {
        this.careerPathway = careerPathway;
    }

    public String getProviderInformation() {
        return providerInformation;
    }

    public void setProviderInformation(String providerInformation) {
        this.providerInformation = providerInformation;
    }

    public String getFollowUpPlan() {
        return followUpPlan;
    }

    public void setFollowUpPlan(String followUpPlan) {
        this.followUpPlan = followUpPlan;
    }

    public YouthStrategyForm getYouth() {
        return youth;
    }

    public void setYouth(YouthStrategyForm youth) {
        this.youth = youth;
    }
}
