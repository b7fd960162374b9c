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
 * barriers that include it (681.250(a)), so it is a criterion only when no other barrier applies,
 * and there the 5% low-income exception may stand in for it (681.250(c)). An in-school youth
 * (681.220) attends school, is low-income or counted under the 5% exception (681.250(c)), and has a
 * barrier; one eligible only by requiring additional assistance counts toward the other 5% cap
 * (681.310(b)). Missing the most recent school quarter counts only within the State's compulsory
 * school attendance age (681.210(c)(2)). Ages are in {@link AgeRules}.
 */
final class YouthRules {

    private static final String EXCEPTION = " Counted under the low-income exception: up to 5% of a local area's"
            + " youth who would have to be low-income may be not low-income (20 CFR 681.250(c)).";

    private YouthRules() {}

    static List<String> missingFacts(
            Program program, EligibilityFacts f, IncomeThresholds thresholds, StateSettings settings) {
        List<String> missing = new ArrayList<>();
        if (f.attendingSchool() == null) {
            missing.add("attendingSchool");
        }
        if (yes(f.lowIncomeExceptionUsed())) {
            return missing;
        }
        if (program == Program.YOUTH_IN_SCHOOL
                || (program == Program.YOUTH_OUT_OF_SCHOOL && outOfSchoolNeedsLowIncome(f, settings))) {
            missing.addAll(LowIncome.missingFacts(f, true, thresholds));
        }
        return missing;
    }

    static List<CriterionResult> outOfSchool(
            EligibilityFacts f,
            IncomeThresholds thresholds,
            StateSettings settings,
            Set<EligibilityCondition> conditions) {
        List<CriterionResult> results = new ArrayList<>();
        results.add(
                f.attendingSchool()
                        ? Criterion.NOT_ATTENDING_SCHOOL.notMet("Attending school: an out-of-school youth must not be"
                                + " attending any school (20 CFR 681.210(a)).")
                        : Criterion.NOT_ATTENDING_SCHOOL.met("Not attending any school (20 CFR 681.210(a))."));

        Set<Barrier> barriers = barriersWithoutLowIncome(Program.YOUTH_OUT_OF_SCHOOL, f, settings);
        Set<Barrier> needingLowIncome = outOfSchoolBarriersNeedingLowIncome(f);
        Optional<CriterionResult> lowIncome = LowIncome.determine(f, true, thresholds);
        boolean isLowIncome = lowIncome.map(CriterionResult::met).orElse(false);
        boolean exception = false;
        if (outOfSchoolNeedsLowIncome(f, settings)) {
            if (!isLowIncome && yes(f.lowIncomeExceptionUsed())) {
                exception = true;
                String fact = lowIncome.map(r -> r.explanation() + "").orElse("Low income not determined.");
                results.add(Criterion.LOW_INCOME.met(fact + EXCEPTION));
                conditions.add(EligibilityCondition.LOW_INCOME_EXCEPTION);
            } else {
                results.add(lowIncome.orElseThrow());
            }
        }
        if (isLowIncome || exception) {
            barriers.addAll(needingLowIncome);
        }
        if (!barriers.isEmpty()) {
            results.add(Criterion.YOUTH_BARRIER.met(list(barriers) + " (20 CFR 681.210(c))."));
            return results;
        }
        StringBuilder reason = new StringBuilder(
                "No out-of-school youth barrier applies: at least one of those of 20 CFR 681.210(c) is required.");
        missedQuarterNote(f, settings).ifPresent(note -> reason.append(' ').append(note));
        if (needingLowIncome.contains(Barrier.DIPLOMA_LOW_INCOME_BSD_OR_ELL)) {
            reason.append(" Holding a secondary diploma while basic skills deficient or an English language learner"
                    + " counts only for a low-income youth (20 CFR 681.250(a)).");
        }
        if (needingLowIncome.contains(Barrier.LOW_INCOME_REQUIRES_ADDITIONAL_ASSISTANCE)) {
            reason.append(" Requiring additional assistance counts for an out-of-school youth only when"
                    + " low-income (20 CFR 681.250(a)).");
        }
        boolean waitsForLowIncome = !needingLowIncome.isEmpty()
                && lowIncome.map(r -> !r.determined()).orElse(false);
        results.add(
                waitsForLowIncome
                        ? Criterion.YOUTH_BARRIER.undetermined(
                                reason + " Low income cannot be determined yet, so neither can these barriers.")
                        : Criterion.YOUTH_BARRIER.notMet(reason.toString()));
        return results;
    }

    static List<CriterionResult> inSchool(
            EligibilityFacts f,
            IncomeThresholds thresholds,
            StateSettings settings,
            Set<EligibilityCondition> conditions) {
        List<CriterionResult> results = new ArrayList<>();
        results.add(
                f.attendingSchool()
                        ? Criterion.ATTENDING_SCHOOL.met(
                                "Attending secondary or postsecondary school (20 CFR 681.220(a)).")
                        : Criterion.ATTENDING_SCHOOL.notMet(
                                "Not attending school: an in-school youth must be attending school (20 CFR 681.220(a))."));
        results.add(inSchoolLowIncome(f, thresholds, conditions));

        Set<Barrier> barriers = barriersWithoutLowIncome(Program.YOUTH_IN_SCHOOL, f, settings);
        if (barriers.isEmpty()) {
            results.add(Criterion.YOUTH_BARRIER.notMet(
                    "No in-school youth barrier applies: at least one of those of 20 CFR 681.220(d) is required."));
            return results;
        }
        String explanation = list(barriers) + " (20 CFR 681.220(d)).";
        if (barriers.equals(EnumSet.of(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE))) {
            explanation += " Eligible only by requiring additional assistance: counts toward the local limit of 5%"
                    + " of in-school youth (20 CFR 681.310(b)).";
            conditions.add(EligibilityCondition.IN_SCHOOL_ADDITIONAL_ASSISTANCE);
        }
        results.add(Criterion.YOUTH_BARRIER.met(explanation));
        return results;
    }

    private static CriterionResult inSchoolLowIncome(
            EligibilityFacts f, IncomeThresholds thresholds, Set<EligibilityCondition> conditions) {
        Optional<CriterionResult> lowIncome = LowIncome.determine(f, true, thresholds);
        if (!yes(f.lowIncomeExceptionUsed())) {
            return lowIncome.orElseThrow();
        }
        if (lowIncome.isPresent() && lowIncome.get().met()) {
            return Criterion.LOW_INCOME.met(
                    lowIncome.get().explanation() + " The 5% low-income exception is not needed.");
        }
        conditions.add(EligibilityCondition.LOW_INCOME_EXCEPTION);
        String fact = lowIncome.map(result -> result.explanation()).orElse("Low income not determined.");
        return Criterion.LOW_INCOME.met(fact + EXCEPTION);
    }

    /** Barriers that apply to the program and do not depend on low income. */
    private static Set<Barrier> barriersWithoutLowIncome(Program program, EligibilityFacts f, StateSettings settings) {
        EnumSet<Barrier> barriers = EnumSet.noneOf(Barrier.class);
        for (Barrier recorded : f.youthBarriers()) {
            if (recorded.appliesTo(program)
                    && (recorded != Barrier.MISSED_SCHOOL_QUARTER || withinCompulsoryAge(f, settings))) {
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

    /** 20 CFR 681.210(c)(2): younger than the age at which the State's compulsory attendance ends. */
    static boolean withinCompulsoryAge(EligibilityFacts f, StateSettings settings) {
        return settings.compulsorySchoolAttendanceAge() != null
                && f.dateOfBirth() != null
                && f.asOf() != null
                && AgeRules.ageOn(f.dateOfBirth(), f.asOf()) < settings.compulsorySchoolAttendanceAge();
    }

    private static Optional<String> missedQuarterNote(EligibilityFacts f, StateSettings settings) {
        if (!f.youthBarriers().contains(Barrier.MISSED_SCHOOL_QUARTER) || withinCompulsoryAge(f, settings)) {
            return Optional.empty();
        }
        if (settings.compulsorySchoolAttendanceAge() == null) {
            return Optional.of("Missing the most recent school quarter counts only within the compulsory school"
                    + " attendance age, which is not set for " + settings.state() + " (20 CFR 681.210(c)(2)).");
        }
        return Optional.of("Missing the most recent school quarter counts only within the compulsory school"
                + " attendance age, under " + settings.compulsorySchoolAttendanceAge() + " in " + settings.state()
                + " (20 CFR 681.210(c)(2)).");
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
    private static boolean outOfSchoolNeedsLowIncome(EligibilityFacts f, StateSettings settings) {
        return barriersWithoutLowIncome(Program.YOUTH_OUT_OF_SCHOOL, f, settings)
                        .isEmpty()
                && !outOfSchoolBarriersNeedingLowIncome(f).isEmpty();
    }

    private static String list(Set<Barrier> barriers) {
        List<String> labels = barriers.stream().map(Barrier::label).toList();
        return (labels.size() == 1 ? "Barrier: " : "Barriers: ") + String.join("; ", labels);
    }
}
