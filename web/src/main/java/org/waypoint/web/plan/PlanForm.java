package org.waypoint.web.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.service.plan.ObjectiveStatus;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.ServiceType;

/**
 * The plan document as the edit page binds it: the immutable {@link PlanContent} turned into
 * mutable rows the inputs write to, and back. The page keeps one of these for as long as it is
 * open, so what staff typed survives a refused save (a conflict, a validation message) until they
 * choose what to do with it.
 */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Boolean participantTookPart;
    private List<Goal> goals;
    private Long lmiReviewId;
    private List<String> industrySectors;
    private String strengths;
    private String goalsAndChallenges;
    private String stressorsAndChallenges;
    private List<String> barriers;
    private Need need;
    private Needs trainingNeeds;
    private List<Service> services;
    private Training training;
    private List<Objective> objectives;
    private List<Step> careerPathway;
    private String providerInformation;
    private String followUpPlan;
    private Youth youth;

    /** The form of a stored document; every part present, so the page never meets a null. */
    public static PlanForm of(PlanContent c) {
        PlanForm f = new PlanForm();
        f.participantTookPart = c.participantTookPart();
        f.goals = new ArrayList<>(c.goals().stream().map(Goal::of).toList());
        f.lmiReviewId = c.lmiReviewId();
        f.industrySectors = new ArrayList<>(c.industrySectors());
        f.strengths = c.strengths();
        f.goalsAndChallenges = c.goalsAndChallenges();
        f.stressorsAndChallenges = c.stressorsAndChallenges();
        f.barriers = new ArrayList<>(c.barriers());
        f.need = Need.of(c.needForTraining());
        f.trainingNeeds = Needs.of(c.trainingNeeds());
        f.services = new ArrayList<>(c.services().stream().map(Service::of).toList());
        f.training = Training.of(c.trainingPlan());
        f.objectives =
                new ArrayList<>(c.objectives().stream().map(Objective::of).toList());
        f.careerPathway =
                new ArrayList<>(c.careerPathway().stream().map(Step::of).toList());
        f.providerInformation = c.providerInformation();
        f.followUpPlan = c.followUpPlan();
        f.youth = Youth.of(c.youth());
        return f;
    }

    /** The document to save; blank rows (nothing typed) are left out. */
    public PlanContent toContent(boolean youthStrategy) {
        return new PlanContent(
                participantTookPart,
                goals.stream().filter(g -> !g.isBlank()).map(Goal::toRecord).toList(),
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
                        .map(Service::toRecord)
                        .toList(),
                training.toRecord(),
                objectives.stream()
                        .filter(o -> !o.isBlank())
                        .map(Objective::toRecord)
                        .toList(),
                careerPathway.stream()
                        .map(Step::getText)
                        .filter(t -> t != null && !t.isBlank())
                        .toList(),
                providerInformation,
                followUpPlan,
                youthStrategy ? youth.toRecord() : null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Boolean getParticipantTookPart() {
        return participantTookPart;
    }

    public void setParticipantTookPart(Boolean participantTookPart) {
        this.participantTookPart = participantTookPart;
    }

    public List<Goal> getGoals() {
        return goals;
    }

    public void setGoals(List<Goal> goals) {
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

    public Need getNeed() {
        return need;
    }

    public void setNeed(Need need) {
        this.need = need;
    }

    public Needs getTrainingNeeds() {
        return trainingNeeds;
    }

    public void setTrainingNeeds(Needs trainingNeeds) {
        this.trainingNeeds = trainingNeeds;
    }

    public List<Service> getServices() {
        return services;
    }

    public void setServices(List<Service> services) {
        this.services = services;
    }

    public Training getTraining() {
        return training;
    }

    public void setTraining(Training training) {
        this.training = training;
    }

    public List<Objective> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<Objective> objectives) {
        this.objectives = objectives;
    }

    public List<Step> getCareerPathway() {
        return careerPathway;
    }

    public void setCareerPathway(List<Step> careerPathway) {
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

    public Youth getYouth() {
        return youth;
    }

    public void setYouth(Youth youth) {
        this.youth = youth;
    }

    /** An employment goal row. */
    public static class Goal implements Serializable {

        private static final long serialVersionUID = 1L;

        private PlanContent.Term term;
        private String soc;
        private String occupation;
        private String cluster;
        private String justification;

        static Goal of(PlanContent.EmploymentGoal g) {
            Goal row = new Goal();
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
            return blank(soc) && blank(occupation) && blank(cluster) && blank(justification);
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

    /** The need-for-training findings. */
    public static class Need implements Serializable {

        private static final long serialVersionUID = 1L;

        private Boolean lacksMarketableCredential;
        private String credentialDocumentation;
        private Boolean unlikelyWithoutTraining;
        private String unlikelyDocumentation;
        private Boolean needsTraining;
        private String needsDocumentation;
        private Boolean hasSkillsToSucceed;
        private String skillsDocumentation;

        static Need of(PlanContent.NeedForTraining n) {
            Need f = new Need();
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

    /** Training and supportive-service needs. */
    public static class Needs implements Serializable {

        private static final long serialVersionUID = 1L;

        private String preEmploymentSkills;
        private String basicEducationSkills;
        private String occupationalSkills;
        private String supportiveServiceNeeds;
        private String otherDeficiencies;

        static Needs of(PlanContent.TrainingNeeds n) {
            Needs f = new Needs();
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

    /** One row of the schedule of activities and services. */
    public static class Service implements Serializable {

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

        static Service of(PlanContent.PlannedService s) {
            Service row = new Service();
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
            return type == null && blank(description) && blank(provider) && plannedStart == null;
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

    /** The training plan (Eligible Training Provider program and ITA). */
    public static class Training implements Serializable {

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

        static Training of(PlanContent.TrainingPlan t) {
            Training f = new Training();
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

    /** An achievement objective row. */
    public static class Objective implements Serializable {

        private static final long serialVersionUID = 1L;

        private String benchmark;
        private String measure;
        private LocalDate targetDate;
        private ObjectiveStatus status;
        private LocalDate statusDate;
        private String evidence;

        static Objective of(PlanContent.Objective o) {
            Objective row = new Objective();
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
            return blank(benchmark) && blank(measure) && targetDate == null;
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

    /** One step of the career pathway. */
    public static class Step implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;

        static Step of(String text) {
            Step step = new Step();
            step.text = text;
            return step;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** The youth ISS strategy, with the recent strategy from another program when one is used instead. */
    public static class Youth implements Serializable {

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

        static Youth of(PlanContent.YouthStrategy y) {
            Youth f = new Youth();
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
}
