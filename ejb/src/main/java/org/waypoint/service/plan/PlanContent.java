package org.waypoint.service.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.participant.Program;

/**
 * What a plan says: every element the Kentucky guidance (sections A-E, "this IEP shall identify",
 * the five must-include items) and the Georgia policy (elements I.A-E) name, and the youth ISS's own
 * elements. One document for both kinds of plan: a version stores it whole, so a signed version can
 * never change and two versions can be compared field by field. Lists are never null.
 *
 * @param participantTookPart the plan was developed jointly with the participant (680.170)
 * @param lmiReviewId the LMI section (an LMI review of the participant), Kentucky section A
 * @param industrySectors the state or regional plan's target sectors it aligns with (section B)
 * @param barriers barriers to employment, prefilled from the participant's record
 * @param providerInformation information on eligible providers of work experience or training
 *     (Kentucky must-include item 4)
 * @param followUpPlan the 12 months of follow-up after exit to unsubsidized employment (Georgia I.E)
 */
public record PlanContent(
        Boolean participantTookPart,
        List<@NotNull @Valid EmploymentGoal> goals,
        Long lmiReviewId,
        List<@NotNull String> industrySectors,
        String strengths,
        String goalsAndChallenges,
        String stressorsAndChallenges,
        List<@NotNull String> barriers,
        NeedForTraining needForTraining,
        TrainingNeeds trainingNeeds,
        List<@NotNull @Valid PlannedService> services,
        TrainingPlan trainingPlan,
        List<@NotNull @Valid Objective> objectives,
        List<@NotNull String> careerPathway,
        String providerInformation,
        String followUpPlan,
        YouthStrategy youth)
        implements Serializable {

    public PlanContent {
        goals = copy(goals);
        industrySectors = copy(industrySectors);
        barriers = copy(barriers);
        services = copy(services);
        objectives = copy(objectives);
        careerPathway = copy(careerPathway);
    }

    /** Keeps a null element, so that validation names it ({@code objectives[0]}) instead of failing here. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    /** An empty plan, as a new draft starts. */
    public static PlanContent empty() {
        return new PlanContent(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same document with another youth strategy. */
    public PlanContent withYouth(YouthStrategy strategy) {
        return new PlanContent(
                participantTookPart,
                goals,
                lmiReviewId,
                industrySectors,
                strengths,
                goalsAndChallenges,
                stressorsAndChallenges,
                barriers,
                needForTraining,
                trainingNeeds,
                services,
                trainingPlan,
                objectives,
                careerPathway,
                providerInformation,
                followUpPlan,
                strategy);
    }

    /** The same document with another schedule of services. */
    public PlanContent withServices(List<PlannedService> schedule) {
        return new PlanContent(
                participantTookPart,
                goals,
                lmiReviewId,
                industrySectors,
                strengths,
                goalsAndChallenges,
                stressorsAndChallenges,
                barriers,
                needForTraining,
                trainingNeeds,
                schedule,
                trainingPlan,
                objectives,
                careerPathway,
                providerInformation,
                followUpPlan,
                youth);
    }

    public enum Term {
        SHORT,
        LONG
    }

    /**
     * An employment goal: a specific occupation from the LMI list (SOC and title) or an occupational
     * cluster, with the justification monitors look for.
     */
    public record EmploymentGoal(Term term, String soc, String occupation, String cluster, String justification)
            implements Serializable {}

    /**
     * The need for training (20 CFR 680.210(a)), each finding with its documentation: unlikely to
     * reach self-sufficient employment through career services alone, in need of training, and has
     * the skills and qualifications to succeed in it; and (Kentucky) lacks a marketable credential.
     */
    public record NeedForTraining(
            Boolean lacksMarketableCredential,
            String credentialDocumentation,
            Boolean unlikelyWithoutTraining,
            String unlikelyDocumentation,
            Boolean needsTraining,
            String needsDocumentation,
            Boolean hasSkillsToSucceed,
            String skillsDocumentation)
            implements Serializable {}

    /** Georgia I.B: training needs in three areas, supportive-service needs, all deficiencies. */
    public record TrainingNeeds(
            String preEmploymentSkills,
            String basicEducationSkills,
            String occupationalSkills,
            String supportiveServiceNeeds,
            String otherDeficiencies)
            implements Serializable {}

    /**
     * One activity of the schedule (Georgia I.C), WIOA-funded or not. A row with a catalog code is a
     * link: saving the plan keeps a planned service record for it (issue 14), and the plan shows that
     * record's delivery beside what the row planned; the row itself, and so a signed version, keeps
     * only what was planned.
     *
     * @param key the row's stable key in the plan (the service record's plan item key); given on
     *     the first save
     * @param serviceCodeId the state catalog's activity code; null for a row not yet coded
     * @param program the program whose enrollment the planned service belongs to
     * @param type the kind of service: for a coded row, the code's category ({@link ServiceType#of})
     * @param programElement for a youth ISS, the number (1-14) of the youth program element the
     *     service is planned under (681.460(a)); null otherwise
     * @param justification why the participant needs it (Georgia 3.3.1: OWD requires the
     *     justification of the required services)
     */
    public record PlannedService(
            String key,
            Long serviceCodeId,
            Program program,
            ServiceType type,
            String description,
            String provider,
            boolean wioaFunded,
            String fundingSource,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            BigDecimal plannedCost,
            Integer programElement,
            String justification)
            implements Serializable {

        /** The cost in cents, as {@link TrainingPlan} keeps its amounts (3200 and 3200.00 are one). */
        public PlannedService {
            plannedCost = TrainingPlan.cents(plannedCost);
        }

        /** The same row with its key and its code's kind of service. */
        public PlannedService linked(String rowKey, ServiceType codeType) {
            return new PlannedService(
                    rowKey,
                    serviceCodeId,
                    program,
                    codeType,
                    description,
                    provider,
                    wioaFunded,
                    fundingSource,
                    plannedStart,
                    plannedEnd,
                    plannedCost,
                    programElement,
                    justification);
        }
    }

    /**
     * The Eligible Training Provider program and the Individual Training Account.
     *
     * @param programId the program on the state's Eligible Training Provider List (WIOA sec. 122 and
     *     134(c)(3)(F)): an ITA pays only for a listed program
     * @param otherAidConsidered the other grant aid considered, such as a Pell Grant (20 CFR 680.230)
     * @param demandLink how the training links to employment opportunities in the local area, or in
     *     an area the participant will commute or relocate to (20 CFR 680.210(b)); needed when the
     *     boards' in-demand lists do not name the goal
     */
    public record TrainingPlan(
            Long programId,
            String provider,
            String program,
            String cipCode,
            BigDecimal cost,
            Integer lengthWeeks,
            String credential,
            String outcomes,
            BigDecimal itaAmount,
            String otherAidConsidered,
            String demandLink)
            implements Serializable {

        /**
         * Amounts in cents: 3200 sent through the API and 3200.00 typed on the page are one amount,
         * so a signed plan reopened and left unchanged stays unchanged (BigDecimal equality counts
         * the scale). Never rounds: an amount with more decimals keeps them.
         */
        public TrainingPlan {
            cost = cents(cost);
            itaAmount = cents(itaAmount);
        }

        static BigDecimal cents(BigDecimal amount) {
            return amount == null || amount.scale() >= 2 ? amount : amount.setScale(2);
        }
    }

    /**
     * An achievement objective (Georgia I.D): a benchmark with its measure and target date; the
     * plan's action steps.
     *
     * @param justification why the step is part of the plan (Georgia 3.3.1: OWD requires the
     *     justification of the action steps)
     */
    public record Objective(
            String benchmark,
            String measure,
            LocalDate targetDate,
            ObjectiveStatus status,
            LocalDate statusDate,
            String evidence,
            String justification)
            implements Serializable {}

    /**
     * The youth ISS's own elements (20 CFR 681.420).
     *
     * @param programElements the numbers (1-14) of the youth program elements the strategy links to
     * @param nonTraditionalFor for a non-traditional goal, for whom it is non-traditional (e.g. women)
     * @param reuse a recent service strategy from another education or training program, used
     *     instead of a new one; null when the ISS is developed here
     */
    public record YouthStrategy(
            List<Integer> programElements,
            String educationGoal,
            Boolean nonTraditionalEmployment,
            String nonTraditionalFor,
            String careerPlanningNotes,
            String followUpStrategy,
            RecentStrategy reuse)
            implements Serializable {

        public YouthStrategy {
            programElements = programElements == null ? List.of() : List.copyOf(programElements);
        }
    }

    /**
     * A recent service strategy developed for the youth under another education or training
     * program, which the provider determined appropriate to use instead of a new ISS (20 CFR
     * 681.420(a)(4)): the program and who developed it, its date, the determination, and the copy
     * filed with the plan.
     *
     * @param documentId the copy attached to the plan (a plan document of kind REUSED_STRATEGY)
     */
    public record RecentStrategy(
            String program,
            String source,
            LocalDate developedOn,
            String determination,
            Long documentId,
            String documentName)
            implements Serializable {

        /** Everything the reuse rests on is recorded and the copy is attached. */
        public boolean isDocumented() {
            return PlanCompleteness.present(program)
                    && PlanCompleteness.present(source)
                    && developedOn != null
                    && PlanCompleteness.present(determination)
                    && documentId != null;
        }
    }
}
