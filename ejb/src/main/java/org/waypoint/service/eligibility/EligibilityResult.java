package org.waypoint.service.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one person and one program on one date: every required criterion with its reason,
 * so the determination can be shown, stored and monitored as it was made. {@code eligible} is true
 * exactly when every listed criterion is met (the constructor refuses anything else); {@code
 * priorityGroup} is set for {@link Program#ADULT} only.
 */
public record EligibilityResult(
        Program program,
        LocalDate asOf,
        boolean eligible,
        List<CriterionResult> criteria,
        PriorityOfServiceGroup priorityGroup) {

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
    }

    /** Builds the result with {@code eligible} computed from the criteria. */
    public static EligibilityResult of(
            Program program, LocalDate asOf, List<CriterionResult> criteria, PriorityOfServiceGroup priorityGroup) {
        boolean allMet = criteria.stream().allMatch(CriterionResult::met);
        return new EligibilityResult(program, asOf, allMet, criteria, priorityGroup);
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
