package org.waypoint.service.eligibility;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one entry point of WIOA Title I eligibility: given a program, the recorded facts and the
 * income thresholds, it answers every required criterion with its reason, and for Adult the
 * priority-of-service group. Every program asks for age where it has a range, authorization to
 * work (WIOA sec. 188(a)(5)) and Selective Service (WIOA sec. 189(h)); then its own criteria.
 *
 * <p>The answer is never a guess: if a fact the program needs for this person is not recorded,
 * {@link #evaluate} refuses and names it, and {@link #missingFacts} lets the caller ask first (the
 * REST API answers 400 with these names). A fact needed only in some cases is named once the facts
 * given show it is needed, so filling in the named facts can reveal another (a man's Selective
 * Service registration, once sex is recorded).
 */
public final class EligibilityRules {

    private static final List<String> COMPONENT_ORDER = Arrays.stream(EligibilityFacts.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    private EligibilityRules() {}

    /**
     * The facts {@code program} needs for this person that are not recorded, named exactly as the
     * components of {@link EligibilityFacts}, in component order; empty when {@link #evaluate} can
     * answer.
     */
    public static List<String> missingFacts(Program program, EligibilityFacts facts) {
        return missingFacts(program, facts, null, StateSettings.none(null));
    }

    /**
     * As {@link #missingFacts(Program, EligibilityFacts)}, with the thresholds and state settings the
     * evaluation will use: an individual with a disability whose own income qualifies needs no
     * family facts (WIOA sec. 3(36)(A)(vi)), and the missed-quarter barrier counts only within the
     * compulsory attendance age.
     */
    public static List<String> missingFacts(
            Program program, EligibilityFacts facts, IncomeThresholds thresholds, StateSettings settings) {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(facts, "facts");
        Set<String> missing = new LinkedHashSet<>();
        if (facts.asOf() == null) {
            missing.add("asOf");
        }
        if (facts.dateOfBirth() == null) {
            missing.add("dateOfBirth");
        }
        if (facts.authorizedToWork() == null) {
            missing.add("authorizedToWork");
        }
        missing.addAll(SelectiveServiceRule.missingFacts(facts));
        switch (program) {
            case ADULT -> {
                // Age, authorization and Selective Service are all; priority of service reads what is recorded.
            }
            case DISLOCATED_WORKER -> missing.addAll(DislocatedWorkerRules.missingFacts(facts));
            case YOUTH_IN_SCHOOL, YOUTH_OUT_OF_SCHOOL ->
                missing.addAll(YouthRules.missingFacts(program, facts, thresholds, settings));
        }
        return missing.stream()
                .sorted(Comparator.comparingInt(EligibilityRules::componentIndex))
                .toList();
    }

    /**
     * Decides {@code program} for the person on {@code facts.asOf()}. {@code thresholds} is the
     * table for the person's state; it is read only where low income matters.
     *
     * @throws IllegalArgumentException naming the missing facts, when {@link #missingFacts} is not empty
     */
    public static EligibilityResult evaluate(Program program, EligibilityFacts facts, IncomeThresholds thresholds) {
        return evaluate(program, facts, thresholds, StateSettings.none(thresholds.state()));
    }

    /** As {@link #evaluate(Program, EligibilityFacts, IncomeThresholds)} with the state's own settings. */
    public static EligibilityResult evaluate(
            Program program, EligibilityFacts facts, IncomeThresholds thresholds, StateSettings settings) {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(settings, "settings");
        List<String> missing = missingFacts(program, facts, thresholds, settings);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    program.label() + " eligibility needs facts that are not recorded: " + String.join(", ", missing));
        }
        List<CriterionResult> criteria = new ArrayList<>();
        Set<EligibilityCondition> conditions = EnumSet.noneOf(EligibilityCondition.class);
        switch (program) {
            case ADULT -> criteria.add(AgeRules.adult(facts));
            case YOUTH_OUT_OF_SCHOOL -> criteria.add(AgeRules.outOfSchoolYouth(facts));
            case YOUTH_IN_SCHOOL -> criteria.add(AgeRules.inSchoolYouth(facts));
            case DISLOCATED_WORKER -> {
                // WIOA sec. 3(15) sets no age range for dislocated workers.
            }
        }
        criteria.add(authorizedToWork(facts));
        criteria.add(SelectiveServiceRule.evaluate(facts));
        switch (program) {
            case ADULT -> {
                // Adult eligibility is age, authorization and Selective Service only.
            }
            case DISLOCATED_WORKER -> criteria.addAll(DislocatedWorkerRules.evaluate(facts, conditions));
            case YOUTH_OUT_OF_SCHOOL ->
                criteria.addAll(YouthRules.outOfSchool(facts, thresholds, settings, conditions));
            case YOUTH_IN_SCHOOL -> criteria.addAll(YouthRules.inSchool(facts, thresholds, settings, conditions));
        }
        PriorityOfServiceGroup group = program == Program.ADULT ? PriorityOfService.group(facts, thresholds) : null;
        return EligibilityResult.of(program, facts.asOf(), criteria, group, conditions);
    }

    private static CriterionResult authorizedToWork(EligibilityFacts facts) {
        return facts.authorizedToWork()
                ? Criterion.AUTHORIZED_TO_WORK.met(Explanations.text("authorizedToWork.yes"))
                : Criterion.AUTHORIZED_TO_WORK.notMet(Explanations.text("authorizedToWork.no"));
    }

    private static int componentIndex(String name) {
        int index = COMPONENT_ORDER.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException(name + " is not a component of EligibilityFacts");
        }
        return index;
    }
}
