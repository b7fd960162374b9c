package org.waypoint.service.eligibility;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The answer for one person and one program on one date: every required criterion with its reason,
 * so the determination can be shown, stored and monitored as it was made. {@code eligible} is true
 * exactly when every listed criterion is met (the constructor refuses anything else); {@code
 * priorityGroup} is set for {@link Program#ADULT} only; {@code conditions} are what an eligible
 * finding carries (a 5% cap it counts toward, services it does not open).
 *
 * <p>{@link #outcome()} tells "not eligible" from "cannot be determined": a criterion that depends on
 * a table not entered for the date is not a reason to refuse anyone (WIOA sec. 3(36)(A)(ii)).
 */
public record EligibilityResult(
        Program program,
        LocalDate asOf,
        boolean eligible,
        List<CriterionResult> criteria,
        PriorityOfServiceGroup priorityGroup,
        Set<EligibilityCondition> conditions)
        implements Serializable {

    /** Eligible, not eligible, or not decidable until a missing table is entered. */
    public enum Outcome {
        ELIGIBLE,
        NOT_ELIGIBLE,
        CANNOT_BE_DETERMINED
    }

    public EligibilityResult {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(asOf, "asOf");
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("An eligibility result needs at least one criterion");
        }
        boolean allMet = criteria.stream().allMatch(CriterionResult::met);
        if (eligible != allMet) {
            throw new IllegalArgumentException("eligible must be true exactly when every criterion is met");
        }
        if ((program == Program.ADULT) != (priorityGroup != null)) {
            throw new IllegalArgumentException("A priority of service group is given for Adult, and only for Adult");
        }
        EnumSet<EligibilityCondition> copy = EnumSet.noneOf(EligibilityCondition.class);
        if (conditions != null && eligible) {
            copy.addAll(conditions);
        }
        conditions = Collections.unmodifiableSet(copy);
    }

    public EligibilityResult(
            Program program,
            LocalDate asOf,
            boolean eligible,
            List<CriterionResult> criteria,
            PriorityOfServiceGroup priorityGroup) {
        this(program, asOf, eligible, criteria, priorityGroup, Set.of());
    }

    /** Builds the result with {@code eligible} computed from the criteria. */
    public static EligibilityResult of(
            Program program, LocalDate asOf, List<CriterionResult> criteria, PriorityOfServiceGroup priorityGroup) {
        return of(program, asOf, criteria, priorityGroup, Set.of());
    }

    public static EligibilityResult of(
            Program program,
            LocalDate asOf,
            List<CriterionResult> criteria,
            PriorityOfServiceGroup priorityGroup,
            Set<EligibilityCondition> conditions) {
        boolean allMet = criteria.stream().allMatch(CriterionResult::met);
        return new EligibilityResult(program, asOf, allMet, criteria, priorityGroup, conditions);
    }

    /** Not eligible only on a determined criterion; otherwise, with one undetermined, cannot be determined. */
    public Outcome outcome() {
        if (eligible) {
            return Outcome.ELIGIBLE;
        }
        boolean refusedOnAFact = criteria.stream().anyMatch(c -> c.determined() && !c.met());
        return refusedOnAFact ? Outcome.NOT_ELIGIBLE : Outcome.CANNOT_BE_DETERMINED;
    }

    /** The criteria that wait for a table the state has not entered. */
    public List<CriterionResult> undetermined() {
        return criteria.stream().filter(result -> !result.determined()).toList();
    }

    /** The result for one criterion, if this program asks for it. */
    public Optional<CriterionResult> criterion(Criterion criterion) {
        return criteria.stream()
                .filter(result -> result.code().equals(criterion.code()))
                .findFirst();
    }

    /** The criteria that are not met, in order: what a case manager has to resolve. */
    public List<CriterionResult> unmet() {
        return criteria.stream().filter(result -> !result.met()).toList();
    }
}
