package org.waypoint.service.eligibility;

import static org.waypoint.service.eligibility.Explanations.sentences;
import static org.waypoint.service.eligibility.Explanations.text;
import static org.waypoint.service.eligibility.Explanations.yes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.waypoint.service.common.Text;

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
                        ? Criterion.NOT_ATTENDING_SCHOOL.notMet(text("youth.attendingSchool.outOfSchool"))
                        : Criterion.NOT_ATTENDING_SCHOOL.met(text("youth.notAttendingSchool")));

        Set<Barrier> barriers = barriersWithoutLowIncome(Program.YOUTH_OUT_OF_SCHOOL, f, settings);
        Set<Barrier> needingLowIncome = outOfSchoolBarriersNeedingLowIncome(f);
        Optional<CriterionResult> lowIncome = LowIncome.determine(f, true, thresholds);
        boolean isLowIncome = lowIncome.map(CriterionResult::met).orElse(false);
        boolean exception = false;
        if (outOfSchoolNeedsLowIncome(f, settings)) {
            if (!isLowIncome && yes(f.lowIncomeExceptionUsed())) {
                exception = true;
                Text fact = lowIncome.map(CriterionResult::text).orElse(text("youth.lowIncomeNotDetermined"));
                results.add(Criterion.LOW_INCOME.met(text("youth.exception", fact)));
                conditions.add(EligibilityCondition.LOW_INCOME_EXCEPTION);
            } else {
                results.add(lowIncome.orElseThrow());
            }
        }
        if (isLowIncome || exception) {
            barriers.addAll(needingLowIncome);
        }
        if (!barriers.isEmpty()) {
            results.add(Criterion.YOUTH_BARRIER.met(text("youth.barriers.outOfSchool", list(barriers))));
            return results;
        }
        List<Text> reason = new ArrayList<>();
        reason.add(text("youth.noBarrier.outOfSchool"));
        missedQuarterNote(f, settings).ifPresent(reason::add);
        if (needingLowIncome.contains(Barrier.DIPLOMA_LOW_INCOME_BSD_OR_ELL)) {
            reason.add(text("youth.noBarrier.diplomaNeedsLowIncome"));
        }
        if (needingLowIncome.contains(Barrier.LOW_INCOME_REQUIRES_ADDITIONAL_ASSISTANCE)) {
            reason.add(text("youth.noBarrier.assistanceNeedsLowIncome"));
        }
        boolean waitsForLowIncome = !needingLowIncome.isEmpty()
                && lowIncome.map(r -> !r.determined()).orElse(false);
        if (waitsForLowIncome) {
            reason.add(text("youth.noBarrier.waitsForLowIncome"));
        }
        results.add(
                waitsForLowIncome
                        ? Criterion.YOUTH_BARRIER.undetermined(sentences(reason))
                        : Criterion.YOUTH_BARRIER.notMet(sentences(reason)));
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
                        ? Criterion.ATTENDING_SCHOOL.met(text("youth.attendingSchool"))
                        : Criterion.ATTENDING_SCHOOL.notMet(text("youth.notAttendingSchool.inSchool")));
        results.add(inSchoolLowIncome(f, thresholds, conditions));

        Set<Barrier> barriers = barriersWithoutLowIncome(Program.YOUTH_IN_SCHOOL, f, settings);
        if (barriers.isEmpty()) {
            results.add(Criterion.YOUTH_BARRIER.notMet(text("youth.noBarrier.inSchool")));
            return results;
        }
        Text explanation = text("youth.barriers.inSchool", list(barriers));
        if (barriers.equals(EnumSet.of(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE))) {
            explanation = text("youth.onlyAdditionalAssistance", explanation);
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
                    text("youth.exceptionNotNeeded", lowIncome.get().text()));
        }
        conditions.add(EligibilityCondition.LOW_INCOME_EXCEPTION);
        Text fact = lowIncome.map(CriterionResult::text).orElse(text("youth.lowIncomeNotDetermined"));
        return Criterion.LOW_INCOME.met(text("youth.exception", fact));
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

    private static Optional<Text> missedQuarterNote(EligibilityFacts f, StateSettings settings) {
        if (!f.youthBarriers().contains(Barrier.MISSED_SCHOOL_QUARTER) || withinCompulsoryAge(f, settings)) {
            return Optional.empty();
        }
        if (settings.compulsorySchoolAttendanceAge() == null) {
            return Optional.of(text("youth.missedQuarter.noAge", settings.state()));
        }
        return Optional.of(
                text("youth.missedQuarter.overAge", settings.compulsorySchoolAttendanceAge(), settings.state()));
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

    /** "Barrier: a" or "Barriers: a; b". */
    private static Text list(Set<Barrier> barriers) {
        List<Text> labels = barriers.stream().map(Barrier::text).toList();
        Text all = labels.get(0);
        for (int i = 1; i < labels.size(); i++) {
            all = text("youth.barrierList", all, labels.get(i));
        }
        return text(labels.size() == 1 ? "youth.barrier" : "youth.barriers", all);
    }
}
