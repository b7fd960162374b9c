package org.waypoint.tools.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.persistence.participant.Sex;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.tools.participant.SyntheticPlanActivities.ServiceWords;
import org.waypoint.tools.participant.SyntheticVocabulary.Pathway;

/**
 * What a synthetic plan takes from the participant's record, without a draw: the barriers as the
 * application prefills them, what the barriers say about stressors, skills and support, the
 * youth activities that fit the youth's schooling, the education goal and non-traditional employment.
 */
final class SyntheticPlanFacts {

    /** The youth barriers an ISS starts with before the record's, in the application's order (IssBarriers). */
    private static final List<org.waypoint.service.eligibility.Barrier> CARRIED = List.of(
            org.waypoint.service.eligibility.Barrier.SCHOOL_DROPOUT,
            org.waypoint.service.eligibility.Barrier.MISSED_SCHOOL_QUARTER,
            org.waypoint.service.eligibility.Barrier.REQUIRES_ADDITIONAL_ASSISTANCE);

    /** The first steps of the nursing pathways, where fewer than a quarter of the workers are men. */
    private static final Set<String> NURSING = Set.of("31-1131", "31-9092", "43-6013");

    private SyntheticPlanFacts() {}

    /**
     * The barriers as the application prefills them (PlanPrerequisites, IssBarriers): the labels of
     * the record's barriers in alphabetical order; an ISS's led by the youth barriers of the
     * eligible youth determination that the record cannot hold, capitalized.
     */
    static List<String> barriers(SyntheticPerson p, PlanKind kind) {
        List<String> onRecord =
                p.barriers.stream().map(Barrier::getLabel).sorted().toList();
        SyntheticPerson.DeterminationRow d = p.determination;
        if (kind == PlanKind.IEP
                || d == null
                || !d.eligible()
                || !PlanKind.ISS.programs().contains(d.program())) {
            return onRecord;
        }
        List<String> barriers = new ArrayList<>();
        for (org.waypoint.service.eligibility.Barrier barrier : CARRIED) {
            if (d.youthBarriers().contains(barrier)) {
                String label = barrier.label();
                barriers.add(label.substring(0, 1).toUpperCase(Locale.US) + label.substring(1));
            }
        }
        onRecord.stream().filter(label -> !barriers.contains(label)).forEach(barriers::add);
        return barriers;
    }

    /** What staff write under stressors and challenges for the first barrier that says something; null for none. */
    static String stressor(SyntheticPerson p) {
        for (Barrier barrier : p.barriers) {
            switch (barrier) {
                case SINGLE_PARENT, PREGNANT_OR_PARENTING -> {
                    return "Child care has to fit around program and work hours.";
                }
                case EX_OFFENDER -> {
                    return "A past conviction limits some employers; discussed fair-chance employers.";
                }
                case HOMELESS_OR_RUNAWAY -> {
                    return "Staying with friends; no stable address yet.";
                }
                case LONG_TERM_UNEMPLOYED -> {
                    return "Out of work for more than six months; confidence is low.";
                }
                case FOSTER_CARE -> {
                    return "Aged out of foster care; little family support.";
                }
                default -> {
                    // says nothing about stressors
                }
            }
        }
        return null;
    }

    static String basicSkills(SyntheticPerson p) {
        if (p.barriers.contains(Barrier.BASIC_SKILLS_DEFICIENT)) {
            return "Reading and math below the ninth-grade level on the TABE; adult education alongside the program.";
        }
        if (p.barriers.contains(Barrier.ENGLISH_LANGUAGE_LEARNER)) {
            return "English for the workplace classes.";
        }
        return "None identified: assessment scores meet the program's entry level.";
    }

    static boolean parent(SyntheticPerson p) {
        return p.barriers.contains(Barrier.SINGLE_PARENT) || p.barriers.contains(Barrier.PREGNANT_OR_PARENTING);
    }

    /** Tutoring for a youth in school, dropout recovery for one without a diploma out of school. */
    static List<ServiceWords> youthActivities(SyntheticPerson p) {
        boolean attending = p.schoolStatus.name().startsWith("IN_");
        boolean noDiploma = p.educationLevel == EducationLevel.NONE;
        return SyntheticPlanActivities.ISS_SERVICES.stream()
                .filter(w -> !Integer.valueOf(1).equals(w.element()) || attending)
                .filter(w -> !Integer.valueOf(2).equals(w.element()) || (!attending && noDiploma))
                .toList();
    }

    /** The ISS's education goal, by the school the youth attends or the diploma they lack. */
    static String educationGoal(SyntheticPerson p, String occupation) {
        return switch (p.schoolStatus) {
            case IN_SECONDARY_SCHOOL, IN_ALTERNATIVE_SCHOOL -> "Graduate from high school with a standard diploma.";
            case IN_POSTSECONDARY_SCHOOL ->
                "Complete a certificate program for " + occupation + " at the community and technical college.";
            default ->
                p.educationLevel == EducationLevel.NONE
                        ? "Earn a high school equivalency (GED) diploma."
                        : "Earn a short-term postsecondary credential for " + occupation + ".";
        };
    }

    /**
     * For whom the goal is non-traditional employment (a field where the youth's sex is under a
     * quarter of the workers): women in the trades, transportation and manufacturing, men in
     * nursing; null when it is not.
     */
    static String nonTraditionalFor(SyntheticPerson p, Pathway pathway) {
        if (p.sex == Sex.FEMALE && pathway.sector().mostlyMen()) {
            return "Women";
        }
        return p.sex == Sex.MALE && NURSING.contains(pathway.steps().get(0).soc()) ? "Men" : null;
    }
}
