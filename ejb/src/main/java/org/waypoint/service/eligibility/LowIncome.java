package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.and;
import static org.waypoint.service.eligibility.Explanations.date;
import static org.waypoint.service.eligibility.Explanations.money;
import static org.waypoint.service.eligibility.Explanations.yes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who is a low-income individual (WIOA sec. 3(36); for youth also 20 CFR 681.250(d)): someone who,
 * personally or through the family, receives or in the past 6 months received TANF, SNAP, SSI or
 * other State or local income-based public assistance; who is homeless; a youth who receives or is
 * eligible for free or reduced-price school lunch; a foster child for whom State or local payments
 * are made; or whose family income is at or below the higher of the HHS poverty guideline and 70%
 * of the LLSIL for the family size, or, for an individual with a disability, whose own income is.
 *
 * <p>Staff's own determination ({@code EligibilityFacts.lowIncome}) is used as is when recorded,
 * which is also how the youth high-poverty-area provision of 681.250(d) is recorded: this class does
 * not know areas. Family income is only needed when nothing else shows low income.
 */
public final class LowIncome {

    private static final String CITATION = "(WIOA sec. 3(36))";
    private static final String LUNCH_CITATION = "(20 CFR 681.250(d))";

    private LowIncome() {}

    /** The facts needed to decide, by {@link EligibilityFacts} component name; empty when decidable. */
    public static List<String> missingFacts(EligibilityFacts facts, boolean youth) {
        if (facts.lowIncome() != null || !categoricalReasons(facts, youth).isEmpty()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        if (facts.asOf() == null) {
            missing.add("asOf");
        }
        if (facts.familySize() == null) {
            missing.add("familySize");
        }
        if (facts.annualFamilyIncome() == null) {
            missing.add("annualFamilyIncome");
        }
        return missing;
    }

    /**
     * The {@link Criterion#LOW_INCOME} result; free or reduced-price lunch counts when {@code youth}.
     *
     * @throws IllegalArgumentException naming the missing facts, if {@link #missingFacts} is not empty
     */
    public static CriterionResult evaluate(EligibilityFacts facts, boolean youth, IncomeThresholds thresholds) {
        return determine(facts, youth, thresholds)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Low income cannot be determined without: " + String.join(", ", missingFacts(facts, youth))));
    }

    /** The result, or empty when facts are missing: for rules where low income only sometimes matters. */
    static Optional<CriterionResult> determine(EligibilityFacts facts, boolean youth, IncomeThresholds thresholds) {
        if (!missingFacts(facts, youth).isEmpty()) {
            return Optional.empty();
        }
        if (facts.lowIncome() != null) {
            return Optional.of(
                    facts.lowIncome()
                            ? Criterion.LOW_INCOME.met("Recorded as low-income by staff.")
                            : Criterion.LOW_INCOME.notMet("Recorded as not low-income by staff."));
        }
        List<String> reasons = categoricalReasons(facts, youth);
        if (!reasons.isEmpty()) {
            return Optional.of(Criterion.LOW_INCOME.met(String.join(" ", reasons)));
        }
        return Optional.of(incomeTest(facts, youth, thresholds));
    }

    private static List<String> categoricalReasons(EligibilityFacts facts, boolean youth) {
        List<String> reasons = new ArrayList<>();
        if (!facts.publicAssistance().isEmpty()) {
            List<String> labels = facts.publicAssistance().stream()
                    .map(PublicAssistance::label)
                    .toList();
            reasons.add("Receives " + and(labels)
                    + " (or did in the past 6 months, personally or through the family): low-income " + CITATION
                    + ".");
        }
        if (yes(facts.homeless())) {
            reasons.add("Homeless: a homeless individual is low-income " + CITATION + ".");
        }
        if (youth && yes(facts.freeOrReducedLunch())) {
            reasons.add("Receives or is eligible for free or reduced-price school lunch: a youth is low-income "
                    + LUNCH_CITATION + ".");
        }
        if (yes(facts.fosterChild())) {
            reasons.add(
                    "A foster child on whose behalf State or local payments are made: low-income " + CITATION + ".");
        }
        return reasons;
    }

    private static CriterionResult incomeTest(EligibilityFacts facts, boolean youth, IncomeThresholds thresholds) {
        int familySize = facts.familySize();
        Optional<IncomeThreshold> found = thresholds.lookup(facts.asOf(), familySize);
        if (found.isEmpty()) {
            return Criterion.LOW_INCOME.notMet("No income thresholds for " + thresholds.state() + " are in force on "
                    + date(facts.asOf()) + ": an administrator must enter them before family income can be tested "
                    + CITATION + ".");
        }
        IncomeThreshold threshold = found.get();
        BigDecimal income = facts.annualFamilyIncome();
        boolean within = income.compareTo(threshold.limit()) <= 0;
        String family = "Family income " + money(income) + " for a family of " + familySize + " is "
                + (within ? "at or below " : "above ") + limitSentence(threshold) + ".";
        if (within) {
            return Criterion.LOW_INCOME.met(family);
        }
        if (yes(facts.disability()) && facts.individualIncomeForDisability() != null) {
            IncomeThreshold single = thresholds.lookup(facts.asOf(), 1).orElseThrow();
            BigDecimal own = facts.individualIncomeForDisability();
            if (own.compareTo(single.limit()) <= 0) {
                return Criterion.LOW_INCOME.met(family + " As an individual with a disability, own income "
                        + money(own) + " is at or below " + money(single.limit())
                        + ", the limit for a family of 1, which is enough " + CITATION + ".");
            }
            return Criterion.LOW_INCOME.notMet(family + " Own income " + money(own)
                    + " as an individual with a disability is also above " + money(single.limit())
                    + ", the limit for a family of 1.");
        }
        if (!youth && yes(facts.freeOrReducedLunch())) {
            return Criterion.LOW_INCOME.notMet(
                    family + " Free or reduced-price school lunch counts only for youth " + LUNCH_CITATION + ".");
        }
        return Criterion.LOW_INCOME.notMet(family);
    }

    private static String limitSentence(IncomeThreshold threshold) {
        String llsil = threshold.llsil70Percent() == null ? "not entered" : money(threshold.llsil70Percent());
        return money(threshold.limit()) + ", the higher of the HHS poverty guideline ("
                + money(threshold.povertyGuideline()) + ") and 70% LLSIL (" + llsil + "), in force from "
                + date(threshold.effectiveDate()) + " " + CITATION;
    }
}
