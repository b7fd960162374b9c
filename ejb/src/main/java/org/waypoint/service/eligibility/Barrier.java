package org.waypoint.service.eligibility;

import java.util.EnumSet;
import java.util.Set;
import org.waypoint.service.common.Text;

/**
 * The youth barriers of 20 CFR 681.210(c) (out-of-school) and 681.220(d) (in-school), one constant
 * each, with a stable code (the name) and the wording a case manager reads.
 *
 * <p>Some barriers are recorded by staff as such ({@link #recorded()}: they go into {@code
 * EligibilityFacts.youthBarriers}); the others are derived from facts recorded elsewhere, so that a
 * fact like a disability is entered once: basic skills deficiency, English language learning and
 * disability come from their own facts, the diploma combination and the out-of-school "low-income
 * and requires additional assistance" also need the low-income rule. {@link
 * #HOMELESS_RUNAWAY_FOSTER} is recorded, and also applies when the person is recorded as homeless or
 * as a foster child for the low-income rule.
 */
public enum Barrier {
    SCHOOL_DROPOUT("school dropout", true, true, false),
    MISSED_SCHOOL_QUARTER(
            "within compulsory school attendance age but missed at least the most recent complete school-year"
                    + " calendar quarter",
            true,
            true,
            false),
    DIPLOMA_LOW_INCOME_BSD_OR_ELL(
            "holds a secondary school diploma or its equivalent, is low-income, and is basic skills deficient or"
                    + " an English language learner",
            false,
            true,
            false),
    BASIC_SKILLS_DEFICIENT("basic skills deficient", false, false, true),
    ENGLISH_LANGUAGE_LEARNER("English language learner", false, false, true),
    OFFENDER("subject to the juvenile or adult justice system (offender)", true, true, true),
    HOMELESS_RUNAWAY_FOSTER(
            "homeless, runaway, in or aged out of foster care, or in an out-of-home placement", true, true, true),
    PREGNANT_OR_PARENTING("pregnant or parenting", true, true, true),
    DISABILITY("individual with a disability", false, true, true),
    REQUIRES_ADDITIONAL_ASSISTANCE(
            "requires additional assistance to complete an educational program or to secure or hold employment",
            true,
            false,
            true),
    LOW_INCOME_REQUIRES_ADDITIONAL_ASSISTANCE(
            "low-income and requires additional assistance to enter or complete an educational program or to"
                    + " secure or hold employment",
            false,
            true,
            false);

    private final String label;
    private final boolean recorded;
    private final boolean outOfSchool;
    private final boolean inSchool;

    Barrier(String label, boolean recorded, boolean outOfSchool, boolean inSchool) {
        this.label = label;
        this.recorded = recorded;
        this.outOfSchool = outOfSchool;
        this.inSchool = inSchool;
    }

    /** The stable code: the constant's name. */
    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    /** The label in the reader's language, as explanations name it. */
    public Text text() {
        return Text.of("eligibility.barrier." + name());
    }

    /** Whether staff record this barrier directly, rather than it being derived from other facts. */
    public boolean recorded() {
        return recorded;
    }

    /** Whether the regulation lists this barrier for the youth program given. */
    public boolean appliesTo(Program program) {
        return switch (program) {
            case YOUTH_OUT_OF_SCHOOL -> outOfSchool;
            case YOUTH_IN_SCHOOL -> inSchool;
            default -> false;
        };
    }

    /** The barriers staff record directly. */
    public static Set<Barrier> recordable() {
        EnumSet<Barrier> result = EnumSet.noneOf(Barrier.class);
        for (Barrier barrier : values()) {
            if (barrier.recorded) {
                result.add(barrier);
            }
        }
        return result;
    }
}
