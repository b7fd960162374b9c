package org.waypoint.service.eligibility;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.waypoint.service.common.InvalidValueException;

/**
 * What staff recorded about a person, as the eligibility rules read it. Every field may be null
 * (not recorded): {@link EligibilityRules#missingFacts} names, by these component names, the ones a
 * program needs. A yes/no fact that would qualify the person (homeless, a youth barrier, a
 * dislocated worker's alternative) reads as "not claimed" when null; the sets are never null.
 *
 * <p>Selective Service: registered, exempt ({@code selectiveServiceExempt}, an exemption path of 20
 * CFR 683.225, not "not registered") or, for a man past 26, the not-knowing-and-willful finding.
 *
 * <p>Low income: {@code lowIncome}, when recorded, is staff's own determination and needs its
 * {@code lowIncomeReason} (the reason is a fact a monitor reads: WIOA sec. 3(36)); otherwise the
 * rule reads {@code publicAssistance} (received now or in the past 6 months, by the person or the
 * family), {@code homeless}, {@code freeOrReducedLunch} (3(36)(A)(iv)), {@code fosterChild} (a
 * foster child for whom State or local payments are made, not simply "in or aged out of foster
 * care"), {@code livesInHighPovertyArea} (youth, 20 CFR 681.260), then {@code annualFamilyIncome}
 * (the past 6 months' income times two) for {@code familySize}, and for an individual with a
 * disability {@code individualIncomeForDisability} (3(36)(A)(vi)). {@code lowIncomeExceptionUsed} is
 * the youth 5% exception (681.250(c)).
 *
 * <p>Priority of service: {@code localPriorityPopulation} is membership of a priority group the
 * Governor or local board set (TEGL 19-16, the fourth tier).
 *
 * <p>Dislocated worker: {@code dislocatedWorkerCategory} is 1 to 5 as in WIOA sec. 3(15)(A)-(E), and
 * only the facts of that category are read. {@code separatingServiceMember} answers category 1 (TEGL
 * 19-16); category 4 is the displaced homemaker of sec. 3(16), by its sub-conditions. {@code
 * youthBarriers} holds the {@link Barrier#recorded() recorded} barriers only; the others are
 * derived.
 *
 * <p>Where each fact came from (its source document type under DOL TEGL 23-19, who verified it and
 * when) is kept with the stored fact, not here: the rules read values only.
 */
public record EligibilityFacts(
        LocalDate asOf,
        LocalDate dateOfBirth,
        Sex sex,
        Boolean authorizedToWork,
        Boolean selectiveServiceRegistered,
        Boolean selectiveServiceNotKnowingAndWillful,
        Boolean selectiveServiceExempt,
        Boolean veteranOrEligibleSpouse,
        Boolean localPriorityPopulation,
        Boolean basicSkillsDeficient,
        Boolean englishLanguageLearner,
        Boolean disability,
        Boolean lowIncome,
        String lowIncomeReason,
        Set<PublicAssistance> publicAssistance,
        Boolean homeless,
        Boolean freeOrReducedLunch,
        Boolean fosterChild,
        Boolean livesInHighPovertyArea,
        Integer familySize,
        BigDecimal annualFamilyIncome,
        BigDecimal individualIncomeForDisability,
        Boolean attendingSchool,
        Boolean holdsSecondaryDiploma,
        Set<Barrier> youthBarriers,
        Boolean lowIncomeExceptionUsed,
        Integer dislocatedWorkerCategory,
        Boolean separatingServiceMember,
        Boolean terminatedOrNotified,
        Boolean eligibleForOrExhaustedUc,
        Boolean attachedToWorkforceWithoutUc,
        Boolean unlikelyToReturnToIndustryOrOccupation,
        Boolean laidOffByClosureOrSubstantialLayoff,
        Boolean employerAnnouncedClosureWithin180Days,
        Boolean employerGeneralAnnouncementOfClosure,
        Boolean formerlySelfEmployed,
        Boolean unemployedByEconomyOrDisaster,
        Boolean unpaidServicesToFamilyInHome,
        Boolean lostSupportOfFamilyIncome,
        Boolean militaryFamilyIncomeReduced,
        Boolean homemakerUnemployedOrUnderemployed,
        Boolean activeDutyMilitarySpouse,
        Boolean militarySpouseLostEmploymentByRelocation,
        Boolean militarySpouseUnemployedOrUnderemployed)
        implements Serializable {

    /** The longest reason staff may give for their own low-income finding. */
    public static final int REASON_MAX = 500;

    public EligibilityFacts {
        if (asOf != null && dateOfBirth != null && dateOfBirth.isAfter(asOf)) {
            throw new InvalidValueException("dateOfBirth", "The date of birth is after the determination date.");
        }
        if (familySize != null && familySize < 1) {
            throw new InvalidValueException("familySize", "The family has at least one person.");
        }
        requireNotNegative("annualFamilyIncome", annualFamilyIncome);
        requireNotNegative("individualIncomeForDisability", individualIncomeForDisability);
        if (dislocatedWorkerCategory != null && (dislocatedWorkerCategory < 1 || dislocatedWorkerCategory > 5)) {
            throw new InvalidValueException("dislocatedWorkerCategory", "Use a category from 1 to 5, or none.");
        }
        lowIncomeReason = lowIncomeReason == null || lowIncomeReason.isBlank() ? null : lowIncomeReason.strip();
        if (lowIncome != null && lowIncomeReason == null) {
            // WIOA sec. 3(36): low income is a finding on facts; staff's own finding states them.
            throw new InvalidValueException(
                    "lowIncomeReason",
                    "Give the reason for recording the person as " + (lowIncome ? "" : "not ")
                            + "low-income: the reason is a fact of the determination (WIOA sec. 3(36)).");
        }
        if (lowIncomeReason != null && lowIncomeReason.length() > REASON_MAX) {
            throw new InvalidValueException("lowIncomeReason", "Use at most " + REASON_MAX + " characters.");
        }
        publicAssistance = immutableCopy(publicAssistance, PublicAssistance.class);
        youthBarriers = immutableCopy(youthBarriers, Barrier.class);
        for (Barrier barrier : youthBarriers) {
            if (!barrier.recorded()) {
                throw new InvalidValueException(
                        "youthBarriers",
                        barrier.code()
                                + " is derived from other facts and cannot be recorded in youthBarriers; record"
                                + " the facts it comes from instead");
            }
        }
        if (youthBarriers.contains(Barrier.SCHOOL_DROPOUT) && Boolean.TRUE.equals(holdsSecondaryDiploma)) {
            // 20 CFR 681.210(c)(1): a school dropout has not received a secondary school diploma or its equivalent.
            throw new InvalidValueException(
                    "youthBarriers",
                    "A school dropout has no secondary school diploma or equivalent: remove SCHOOL_DROPOUT or"
                            + " correct holdsSecondaryDiploma (20 CFR 681.210(c)(1)).");
        }
    }

    public static EligibilityFactsBuilder builder() {
        return new EligibilityFactsBuilder();
    }

    /** A builder holding these facts, to record more or correct some. */
    public EligibilityFactsBuilder toBuilder() {
        return EligibilityFactsBuilder.of(this);
    }

    private static void requireNotNegative(String name, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            throw new InvalidValueException(name, "Enter an amount of 0 or more.");
        }
    }

    private static <E extends Enum<E>> Set<E> immutableCopy(Collection<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            copy.addAll(values);
        }
        return Collections.unmodifiableSet(copy);
    }
}
