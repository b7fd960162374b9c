package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.date;
import static org.waypoint.service.eligibility.Explanations.money;
import static org.waypoint.service.eligibility.Explanations.text;
import static org.waypoint.service.eligibility.Explanations.yes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waypoint.service.common.Text;

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

    private static final String INCOME_CITATION = "(WIOA sec. 3(36)(A)(ii))";
    private static final String DISABILITY_CITATION = "(WIOA sec. 3(36)(A)(vi))";
    private static final String LLSIL_TABLE = "the 70% LLSIL table for ";

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
            String reason = facts.lowIncomeReason();
            return Optional.of(
                    facts.lowIncome()
                            ? Criterion.LOW_INCOME.met(text("lowIncome.recorded.yes", reason))
                            : Criterion.LOW_INCOME.notMet(text("lowIncome.recorded.no", reason)));
        }
        List<Text> reasons = categoricalReasons(facts, youth);
        if (!reasons.isEmpty()) {
            return Optional.of(Criterion.LOW_INCOME.met(Explanations.sentences(reasons)));
        }
        Optional<CriterionResult> own = ownIncome(facts, thresholds);
        if (own.isPresent() && own.get().met()) {
            return own;
        }
        CriterionResult family = familyIncome(facts, thresholds);
        if (family.met() || own.isEmpty()) {
            return Optional.of(family);
        }
        Text both = Explanations.sentences(List.of(family.text(), own.get().text()));
        return Optional.of(
                family.determined() && own.get().determined()
                        ? Criterion.LOW_INCOME.notMet(both)
                        : Criterion.LOW_INCOME.undetermined(both));
    }

    private static List<Text> categoricalReasons(EligibilityFacts facts, boolean youth) {
        List<Text> reasons = new ArrayList<>();
        if (!facts.publicAssistance().isEmpty()) {
            List<Text> labels = facts.publicAssistance().stream()
                    .map(PublicAssistance::text)
                    .toList();
            reasons.add(text("lowIncome.publicAssistance", Text.and(labels)));
        }
        if (yes(facts.homeless())) {
            reasons.add(text("lowIncome.homeless"));
        }
        if (yes(facts.freeOrReducedLunch())) {
            reasons.add(text("lowIncome.freeLunch"));
        }
        if (yes(facts.fosterChild())) {
            reasons.add(text("lowIncome.fosterChild"));
        }
        if (youth && yes(facts.livesInHighPovertyArea())) {
            reasons.add(text("lowIncome.highPovertyArea"));
        }
        return reasons;
    }

    /** An individual with a disability tested on their own income as a family of one; empty otherwise. */
    private static Optional<CriterionResult> ownIncome(EligibilityFacts facts, IncomeThresholds thresholds) {
        if (!yes(facts.disability()) || facts.individualIncomeForDisability() == null) {
            return Optional.empty();
        }
        BigDecimal own = facts.individualIncomeForDisability();
        return Optional.of(
                test(text("lowIncome.ownIncome", money(own)), own, facts, 1, thresholds, DISABILITY_CITATION));
    }

    private static CriterionResult familyIncome(EligibilityFacts facts, IncomeThresholds thresholds) {
        BigDecimal income = facts.annualFamilyIncome();
        return test(
                text("lowIncome.familyIncome", money(income), facts.familySize()),
                income,
                facts,
                facts.familySize(),
                thresholds,
                INCOME_CITATION);
    }

    private static CriterionResult test(
            Text subject,
            BigDecimal income,
            EligibilityFacts facts,
            int familySize,
            IncomeThresholds thresholds,
            String citation) {
        Optional<IncomeThreshold> found = thresholds.lookup(facts.asOf(), familySize);
        if (found.isEmpty()) {
            return Criterion.LOW_INCOME.undetermined(
                    text("lowIncome.noGuideline", thresholds.state(), date(facts.asOf()), citation));
        }
        IncomeThreshold threshold = found.get();
        if (income.compareTo(threshold.povertyGuideline()) <= 0) {
            return Criterion.LOW_INCOME.met(text(
                    "lowIncome.atOrBelowGuideline",
                    subject,
                    money(threshold.povertyGuideline()),
                    date(threshold.effectiveDate()),
                    citation));
        }
        if (threshold.llsil70Percent() == null) {
            return Criterion.LOW_INCOME.undetermined(text(
                    "lowIncome.noLlsil",
                    subject,
                    money(threshold.povertyGuideline()),
                    llsilTable(threshold.llsilTable()),
                    date(facts.asOf()),
                    citation));
        }
        boolean within = income.compareTo(threshold.limit()) <= 0;
        Text sentence = text(
                within ? "lowIncome.atOrBelowLimit" : "lowIncome.aboveLimit",
                subject,
                money(threshold.limit()),
                money(threshold.povertyGuideline()),
                money(threshold.llsil70Percent()),
                date(threshold.effectiveDate()),
                citation);
        return within ? Criterion.LOW_INCOME.met(sentence) : Criterion.LOW_INCOME.notMet(sentence);
    }

    /** "the 70% LLSIL table for KY" (or "... for KY region East") in the reader's language. */
    static Text llsilTable(String name) {
        if (name == null || !name.startsWith(LLSIL_TABLE)) {
            return Text.literal(String.valueOf(name));
        }
        String rest = name.substring(LLSIL_TABLE.length());
        int region = rest.indexOf(" region ");
        return region < 0
                ? text("lowIncome.llsilTable", rest)
                : text("lowIncome.llsilTable.region", rest.substring(0, region), rest.substring(region + 8));
    }
}
