package org.waypoint.web.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.web.common.RecordDraft;

/**
 * The plan document as the edit page binds it: the immutable {@link PlanContent} turned into
 * mutable rows the inputs write to, and back. The page keeps one of these for as long as it is
 * open, so what staff typed survives a refused save (a conflict, a validation message) until they
 * choose what to do with it.
 */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean participantTookPart;
    private List<RecordDraft<PlanContent.EmploymentGoal>> goals;
    private Long lmiReviewId;
    private List<String> industrySectors;
    private String strengths;
    private String goalsAndChallenges;
    private String stressorsAndChallenges;
    private List<String> barriers;
    private RecordDraft<PlanContent.NeedForTraining> need;
    private RecordDraft<PlanContent.TrainingNeeds> trainingNeeds;
    private List<RecordDraft<PlanContent.PlannedService>> services;
    private RecordDraft<PlanContent.TrainingPlan> training;
    private List<RecordDraft<PlanContent.Objective>> objectives;
    private List<PathwayStep> careerPathway;
    private String providerInformation;
    private String followUpPlan;
    private YouthStrategyForm youth;

    /** The form of a stored document; every part present, so the page never meets a null. */
    public static PlanForm of(PlanContent c) {
        PlanForm f = new PlanForm();
        f.participantTookPart = c.participantTookPart();
        f.goals = drafts(c.goals());
        f.lmiReviewId = c.lmiReviewId();
        f.industrySectors = new ArrayList<>(c.industrySectors());
        f.strengths = c.strengths();
        f.goalsAndChallenges = c.goalsAndChallenges();
        f.stressorsAndChallenges = c.stressorsAndChallenges();
        f.barriers = new ArrayList<>(c.barriers());
        f.need = draft(PlanContent.NeedForTraining.class, c.needForTraining());
        f.trainingNeeds = draft(PlanContent.TrainingNeeds.class, c.trainingNeeds());
        f.services = drafts(c.services());
        f.training = draft(PlanContent.TrainingPlan.class, c.trainingPlan());
        f.objectives = drafts(c.objectives());
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
                records(goals, PlanForm::blankGoal),
                lmiReviewId,
                industrySectors,
                strengths,
                goalsAndChallenges,
                stressorsAndChallenges,
                barriers,
                need.toRecord(),
                trainingNeeds.toRecord(),
                records(services, PlanForm::blankService),
                training.toRecord(),
                records(objectives, PlanForm::blankObjective),
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

    /** Rows added and left empty are not part of the document. */
    private static boolean blankGoal(PlanContent.EmploymentGoal g) {
        return blank(g.soc()) && blank(g.occupation()) && blank(g.cluster()) && blank(g.justification());
    }

    private static boolean blankService(PlanContent.PlannedService s) {
        return s.serviceCodeId() == null
                && s.type() == null
                && blank(s.description())
                && blank(s.provider())
                && s.plannedStart() == null;
    }

    /**
     * After a save: each schedule row takes the key (and, when coded, the kind) the plan gave it, so
     * the next save names the same rows and their service records (issue 14). The saved schedule is
     * the form's rows without the blank ones, in order.
     */
    public void linked(PlanContent saved) {
        List<RecordDraft<PlanContent.PlannedService>> rows =
                services.stream().filter(d -> !blankService(d.toRecord())).toList();
        for (int i = 0; i < rows.size() && i < saved.services().size(); i++) {
            rows.get(i).set("key", saved.services().get(i).key());
            rows.get(i).set("type", saved.services().get(i).type());
        }
    }

    private static boolean blankObjective(PlanContent.Objective o) {
        return blank(o.benchmark()) && blank(o.measure()) && o.targetDate() == null;
    }

    private static <R extends Record> List<RecordDraft<R>> drafts(List<R> rows) {
        return new ArrayList<>(rows.stream().map(RecordDraft::of).toList());
    }

    /** A part that may be absent in a stored document: an empty draft, so the page never meets a null. */
    private static <R extends Record> RecordDraft<R> draft(Class<R> type, R part) {
        return part == null ? RecordDraft.empty(type) : RecordDraft.of(part);
    }

    private static <R extends Record> List<R> records(List<RecordDraft<R>> rows, Predicate<R> blank) {
        return rows.stream().map(RecordDraft::toRecord).filter(blank.negate()).toList();
    }

    public Boolean getParticipantTookPart() {
        return participantTookPart;
    }

    public void setParticipantTookPart(Boolean participantTookPart) {
        this.participantTookPart = participantTookPart;
    }

    public List<RecordDraft<PlanContent.EmploymentGoal>> getGoals() {
        return goals;
    }

    public void setGoals(List<RecordDraft<PlanContent.EmploymentGoal>> goals) {
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

    public RecordDraft<PlanContent.NeedForTraining> getNeed() {
        return need;
    }

    public void setNeed(RecordDraft<PlanContent.NeedForTraining> need) {
        this.need = need;
    }

    public RecordDraft<PlanContent.TrainingNeeds> getTrainingNeeds() {
        return trainingNeeds;
    }

    public void setTrainingNeeds(RecordDraft<PlanContent.TrainingNeeds> trainingNeeds) {
        this.trainingNeeds = trainingNeeds;
    }

    public List<RecordDraft<PlanContent.PlannedService>> getServices() {
        return services;
    }

    public void setServices(List<RecordDraft<PlanContent.PlannedService>> services) {
        this.services = services;
    }

    public RecordDraft<PlanContent.TrainingPlan> getTraining() {
        return training;
    }

    public void setTraining(RecordDraft<PlanContent.TrainingPlan> training) {
        this.training = training;
    }

    public List<RecordDraft<PlanContent.Objective>> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<RecordDraft<PlanContent.Objective>> objectives) {
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
