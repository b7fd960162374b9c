package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.yes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * School status, low income and barriers for the two youth programs. An out-of-school youth (20 CFR
 * 681.210) is not attending any school and has a barrier; low income matters only for the two
 * barriers that include it (681.250(a)), so it is a criterion only when no other barrier applies.
 * An in-school youth (681.220) attends school, is low-income or counted under the 5% exception
 * (681.250(c)), and has a barrier. Ages are in {@link AgeRules}.
 */
final class YouthRules {

    private YouthRules() {}

    static List<String> missingFacts(Program program, EligibilityFacts f) {
        List<String> missing = new ArrayList<>();
        if (f.attendingSchool() == null) {
            missing.add("attendingSchool");
        }
        if (program == Program.YOUTH_IN_SCHOOL && !yes(f.lowIncomeExceptionUsed())) {
            missing.addAll(LowIncome.missingFacts(f, true));
        }
        if (program == Program.YOUTH_OUT_OF_SCHOOL && outOfSchoolNeedsLowIncome(f)) {
            missing.addAll(LowIncome.missingFacts(f, true));
        }
        return missing;
    }

    static List<CriterionResult> outOfSchool(EligibilityFacts f, IncomeThresholds thresholds) {
        List<CriterionResult> results = new ArrayList<>();
        results.add(
                f.attendingSchool()
                        ? Criterion.NOT_ATTENDING_SCHOOL.notMet("Attending school: an out-of-school youth must not be"
                                + " attending any school (20 CFR 681.210(a)).")
                        : Criterion.NOT_ATTENDING_SCHOOL.met("Not attending any school (20 CFR 681.210(a))."));

        Set<Barrier> barriers = barriersWithoutLowIncome(Program.YOUTH_OUT_OF_SCHOOL, f);
        Set<Barrier> needingLowIncome = outOfSchoolBarriersNeedingLowIncome(f);
        Optional<CriterionResult> lowIncome = LowIncome.determine(f, true, thresholds);
        boolean isLowIncome = lowIncome.map(CriterionResult::met).orElse(false);
        if (outOfSchoolNeedsLowIncome(f)) {
            results.add(lowIncome.orElseThrow());
        }
        if (isLowIncome) {
            barriers.addAll(needingLowIncome);
        }
        if (!barriers.isEmpty()) {
            results.add(Criterion.YOUTH_BARRIER.met(list(barriers) + " (20 CFR 681.210(c))."));
            return results;
        }
        StringBuilder reason = new StringBuilder(
                "No out-of-school youth barrier applies: at least one of those of 20 CFR 681.210(c) is required.");
        if (needingLowIncome.contains(Barrier.DIPLOMA_LOW_INCOME_BSD_OR_ELL)) {
            reason.append(" Holding a secondary diploma while basic skills deficient or an English language learner"
                    + " counts only for a low-income youth (20 CFR 681.250(a)).");
        }
        if (needingLowIncome.contains(Barrier.LOW_INCOME_REQUIRES_ADDITIONAL_ASSISTANCE)) {
            reason.append(" Requiring additional assistance counts for an out-of-school youth only when"
                    + " low-income (20 CFR 681.250(a)).");
        }
        results.add(Criterion.YOUTH_BARRIER.notMet(reason.toString()));
        return results;
    }

    static List<CriterionResult> inSchool(EligibilityFacts f, IncomeThresholds thresholds) {
        List<CriterionResult> results = new ArrayList<>();
        results.add(
                f.attendingSchool()
                        ? Criterion.ATTENDING_SCHOOL.met(
                                "Attending secondary or postsecondary school (20 CFR 681.220(a)).")
                        : Criterion.ATTENDING_SCHOOL.notMet(
                                "Not attending school: an in-school youth must be attending school (20 CFR 681.220(a))."));
        results.add(inSchoolLowIncome(f, thresholds));

        Set<Barrier> barriers = barriersWithoutLowIncome(Program.YOUTH_IN_SCHOOL, f);
        if (barriers.isEmpty()) {
            results.add(Criterion.YOUTH_BARRIER.notMet(
                    "No in-school youth barrier applies: at least one of those of 20 CFR 681.220(d) is required."));
            return results;
        }
        String explanation = list(barriers) + " (20 CFR 681.220(d)).";
        if (barriers.contains(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE)) {
            explanation += " Requiring additional assistance counts toward the local limit of 5% of newly enrolled"
                    + " in-school youth (20 CFR 681.310(b)).";
        }
        results.add(Criterion.YOUTH_BARRIER.met(explanation));
        return results;
    }

    private static CriterionResult inSchoolLowIncome(EligibilityFacts f, IncomeThresholds thresholds) {
        Optional<CriterionResult> lowIncome = LowIncome.determine(f, true, thresholds);
        if (!yes(f.lowIncomeExceptionUsed())) {
            return lowIncome.orElseThrow();
        }
        if (lowIncome.isPresent() && lowIncome.get().met()) {
            return Criterion.LOW_INCOME.met(
                    lowIncome.get().explanation() + " The 5% low-income exception is not needed.");
        }
        String fact = lowIncome.map(result -> result.explanation() + " ").orElse("Low income not determined. ");
        return Criterion.LOW_INCOME.met(fact + "Counted under the low-income exception: up to 5% of newly enrolled"
                + " in-school youth may be not low-income (20 CFR 681.250(c)).");
    }

    /** Barriers that apply to the program and do not depend on low income. */
    private static Set<Barrier> barriersWithoutLowIncome(Program program, EligibilityFacts f) {
        EnumSet<Barrier> barriers = EnumSet.noneOf(Barrier.class);
        for (Barrier recorded : f.youthBarriers()) {
            if (recorded.appliesTo(program)) {
                barriers.add(recorded);
            }
        }
        if (yes(f.homeless()) || yes(f.fosterChild())) {
            barriers.add(Barrier.HOMELESS_RUNAWAY_FOSTER);
        }
        if (yes(f.disability())) {
            barriers.add(Barrier.DISABILITY);
        }
        if (program == Program.YOUTH_IN_SCHOOL && yes(f.basicSkillsDeficient())) {
            barriers.add(Barrier.BASIC_SKILLS_DEFICIENT);
        }
        if (program == Program.YOUTH_IN_SCHOOL && yes(f.englishLanguageLearner())) {
            barriers.add(Barrier.ENGLISH_LANGUAGE_LEARNER);
        }
        return barriers;
    }

    /** The out-of-school barriers whose other parts are recorded and that count only with low income. */
    private static Set<Barrier> outOfSchoolBarriersNeedingLowIncome(EligibilityFacts f) {
        EnumSet<Barrier> barriers = EnumSet.noneOf(Barrier.class);
        if (yes(f.holdsSecondaryDiploma()) && (yes(f.basicSkillsDeficient()) || yes(f.englishLanguageLearner()))) {
            barriers.add(Barrier.DIPLOMA_LOW_INCOME_BSD_OR_ELL);
        }
        if (f.youthBarriers().contains(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE)) {
            barriers.add(Barrier.LOW_INCOME_REQUIRES_ADDITIONAL_ASSISTANCE);
        }
        return barriers;
    }

    /** Low income decides an out-of-school youth's eligibility only when no other barrier applies. */
    private static boolean outOfSchoolNeedsLowIncome(EligibilityFacts f) {
        return barriersWithoutLowIncome(Program.YOUTH_OUT_OF_SCHOOL, f).isEmpty()
                && !outOfSchoolBarriersNeedingLowIncome(f).isEmpty();
    }

    private static String list(Set<Barrier> barriers) {
        List<String> labels = barriers.stream().map(Barrier::label).toList();
        return (labels.size() == 1 ? "Barrier: " : "Barriers: ") + String.join("; ", labels);
    }
}
