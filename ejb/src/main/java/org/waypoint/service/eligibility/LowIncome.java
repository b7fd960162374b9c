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
 * Who is a low-income individual (WIOA sec. 3(36)(A); for youth also 20 CFR 681.250 and 681.260):
 * someone who, personally or through the family, receives or in the past 6 months received TANF,
 * SNAP, SSI or other State or local income-based public assistance (SSDI is not such assistance);
 * who is homeless; who receives or is eligible for free or reduced-price school lunch (3(36)(A)(iv),
 * for adults too); a foster child for whom State or local payments are made; a youth living in a
 * high-poverty area (681.260); or whose family income is at or below the higher of the HHS poverty
 * guideline and 70% of the LLSIL for the family size (3(36)(A)(ii)), or, for an individual with a
 * disability, whose own income is (3(36)(A)(vi)) — then the family's income is not needed.
 *
 * <p>Staff's own determination ({@code EligibilityFacts.lowIncome}) is used as is when recorded, with
 * the reason they gave. When the answer depends on a table not entered for the date (no poverty
 * guideline schedule in force, or no 70% LLSIL while the income is above the guideline) the answer
 * is "cannot be determined", naming the table, never "not met".
 */
public final class LowIncome {

    private static final String CITATION = "(WIOA sec. 3(36))";
    private static final String INCOME_CITATION = "(WIOA sec. 3(36)(A)(ii))";
    private static final String LUNCH_CITATION = "(WIOA sec. 3(36)(A)(iv))";
    private static final String DISABILITY_CITATION = "(WIOA sec. 3(36)(A)(vi))";
    private static final String AREA_CITATION = "(20 CFR 681.260)";

    private LowIncome() {}

    /**
     * The facts needed to decide, by {@link EligibilityFacts} component name; empty when decidable.
     * Without thresholds the own income of an individual with a disability cannot be tested, so the
     * family's facts are asked for.
     */
    public static List<String> missingFacts(EligibilityFacts facts, boolean youth) {
        return missingFacts(facts, youth, null);
    }

    public static List<String> missingFacts(EligibilityFacts facts, boolean youth, IncomeThresholds thresholds) {
        if (facts.lowIncome() != null || !categoricalReasons(facts, youth).isEmpty()) {
            return List.of();
        }
        if (thresholds != null
                && facts.asOf() != null
                && ownIncome(facts, thresholds).map(CriterionResult::met).orElse(false)) {
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
     * The {@link Criterion#LOW_INCOME} result; living in a high-poverty area counts when {@code youth}.
     *
     * @throws IllegalArgumentException naming the missing facts, if {@link #missingFacts} is not empty
     */
    public static CriterionResult evaluate(EligibilityFacts facts, boolean youth, IncomeThresholds thresholds) {
        return determine(facts, youth, thresholds)
                .orElseThrow(() -> new IllegalArgumentException("Low income cannot be determined without: "
                        + String.join(", ", missingFacts(facts, youth, thresholds))));
    }

    /** The result, or empty when facts are missing: for rules where low income only sometimes matters. */
    static Optional<CriterionResult> determine(EligibilityFacts facts, boolean youth, IncomeThresholds thresholds) {
        if (!missingFacts(facts, youth, thresholds).isEmpty()) {
            return Optional.empty();
        }
        if (facts.lowIncome() != null) {
            String reason = " Reason given: " + facts.lowIncomeReason() + " " + CITATION + ".";
            return Optional.of(
                    facts.lowIncome()
                            ? Criterion.LOW_INCOME.met("Recorded as low-income by staff." + reason)
                            : Criterion.LOW_INCOME.notMet("Recorded as not low-income by staff." + reason));
        }
        List<String> reasons = categoricalReasons(facts, youth);
        if (!reasons.isEmpty()) {
            return Optional.of(Criterion.LOW_INCOME.met(String.join(" ", reasons)));
        }
        Optional<CriterionResult> own = ownIncome(facts, thresholds);
        if (own.isPresent() && own.get().met()) {
            return own;
        }
        CriterionResult family = familyIncome(facts, thresholds);
        if (family.met() || own.isEmpty()) {
            return Optional.of(family);
        }
        String both = family.explanation() + " " + own.get().explanation();
        return Optional.of(
                family.determined() && own.get().determined()
                        ? Criterion.LOW_INCOME.notMet(both)
                        : Criterion.LOW_INCOME.undetermined(both));
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
        if (yes(facts.freeOrReducedLunch())) {
            reasons.add("Receives or is eligible for free or reduced-price school lunch: low-income " + LUNCH_CITATION
                    + ".");
        }
        if (yes(facts.fosterChild())) {
            reasons.add(
                    "A foster child on whose behalf State or local payments are made: low-income " + CITATION + ".");
        }
        if (youth && yes(facts.livesInHighPovertyArea())) {
            reasons.add("Lives in a high-poverty area: a youth living there is low-income " + AREA_CITATION + ".");
        }
        return reasons;
    }

    /** An individual with a disability tested on their own income as a family of one; empty otherwise. */
    private static Optional<CriterionResult> ownIncome(EligibilityFacts facts, IncomeThresholds thresholds) {
        if (!yes(facts.disability()) || facts.individualIncomeForDisability() == null) {
            return Optional.empty();
        }
        BigDecimal own = facts.individualIncomeForDisability();
        return Optional.of(test(
                "As an individual with a disability, own income " + money(own) + " for a family of 1 is ",
                own,
                facts,
                1,
                thresholds,
                DISABILITY_CITATION));
    }

    private static CriterionResult familyIncome(EligibilityFacts facts, IncomeThresholds thresholds) {
        BigDecimal income = facts.annualFamilyIncome();
        return test(
                "Family income " + money(income) + " for a family of " + facts.familySize() + " is ",
                income,
                facts,
                facts.familySize(),
                thresholds,
                INCOME_CITATION);
    }

    private static CriterionResult test(
            String subject,
            BigDecimal income,
            EligibilityFacts facts,
            int familySize,
            IncomeThresholds thresholds,
            String citation) {
        Optional<IncomeThreshold> found = thresholds.lookup(facts.asOf(), familySize);
        if (found.isEmpty()) {
            return Criterion.LOW_INCOME.undetermined("Cannot be determined: no HHS poverty guideline schedule for "
                    + thresholds.state() + " is in force on " + date(facts.asOf())
                    + "; an administrator must enter it before income can be tested " + citation + ".");
        }
        IncomeThreshold threshold = found.get();
        if (income.compareTo(threshold.povertyGuideline()) <= 0) {
            return Criterion.LOW_INCOME.met(subject + "at or below the HHS poverty guideline "
                    + money(threshold.povertyGuideline()) + " in force from " + date(threshold.effectiveDate()) + " "
                    + citation + ".");
        }
        if (threshold.llsil70Percent() == null) {
            return Criterion.LOW_INCOME.undetermined(subject + "above the HHS poverty guideline "
                    + money(threshold.povertyGuideline()) + ". Cannot be determined: low income is the higher of the"
                    + " guideline and 70% of the LLSIL, and " + threshold.llsilTable() + " in force on "
                    + date(facts.asOf()) + " is not entered " + citation + ".");
        }
        boolean within = income.compareTo(threshold.limit()) <= 0;
        String sentence = subject + (within ? "at or below " : "above ") + limitSentence(threshold, citation) + ".";
        return within ? Criterion.LOW_INCOME.met(sentence) : Criterion.LOW_INCOME.notMet(sentence);
    }

    private static String limitSentence(IncomeThreshold threshold, String citation) {
        return money(threshold.limit()) + ", the higher of the HHS poverty guideline ("
                + money(threshold.povertyGuideline()) + ") and 70% LLSIL (" + money(threshold.llsil70Percent())
                + "), in force from " + date(threshold.effectiveDate()) + " " + citation;
    }
}
