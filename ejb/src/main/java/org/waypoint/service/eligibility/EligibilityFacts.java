package org.waypoint.service.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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
 * <p>Low income: {@code lowIncome}, when recorded, is staff's own determination and is used as is;
 * otherwise the rule reads {@code publicAssistance} (received now or in the past 6 months, by the
 * person or the family), {@code homeless}, {@code freeOrReducedLunch} (youth only), {@code
 * fosterChild} (a foster child for whom State or local payments are made), then {@code
 * annualFamilyIncome} (the past 6 months' income times two) for {@code familySize}, and for an
 * individual with a disability {@code individualIncomeForDisability}. {@code lowIncomeExceptionUsed}
 * is the in-school youth 5% exception.
 *
 * <p>Dislocated worker: {@code dislocatedWorkerCategory} is 1 to 5 as in WIOA sec. 3(15)(A)-(E), and
 * only the facts of that category are read. {@code youthBarriers} holds the {@link
 * Barrier#recorded() recorded} barriers only; the others are derived.
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
        Boolean veteranOrEligibleSpouse,
        Boolean basicSkillsDeficient,
        Boolean englishLanguageLearner,
        Boolean disability,
        Boolean lowIncome,
        Set<PublicAssistance> publicAssistance,
        Boolean homeless,
        Boolean freeOrReducedLunch,
        Boolean fosterChild,
        Integer familySize,
        BigDecimal annualFamilyIncome,
        BigDecimal individualIncomeForDisability,
        Boolean attendingSchool,
        Boolean holdsSecondaryDiploma,
        Set<Barrier> youthBarriers,
        Boolean lowIncomeExceptionUsed,
        Integer dislocatedWorkerCategory,
        Boolean terminatedOrNotified,
        Boolean eligibleForOrExhaustedUc,
        Boolean attachedToWorkforceWithoutUc,
        Boolean unlikelyToReturnToIndustryOrOccupation,
        Boolean laidOffByClosureOrSubstantialLayoff,
        Boolean employerAnnouncedClosureWithin180Days,
        Boolean formerlySelfEmployed,
        Boolean unemployedByEconomyOrDisaster,
        Boolean displacedHomemaker,
        Boolean activeDutyMilitarySpouse,
        Boolean militarySpouseLostEmploymentByRelocation,
        Boolean militarySpouseUnemployedOrUnderemployed) {

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
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these facts, to record more or correct some. */
    public Builder toBuilder() {
        return new Builder()
                .asOf(asOf)
                .dateOfBirth(dateOfBirth)
                .sex(sex)
                .authorizedToWork(authorizedToWork)
                .selectiveServiceRegistered(selectiveServiceRegistered)
                .selectiveServiceNotKnowingAndWillful(selectiveServiceNotKnowingAndWillful)
                .veteranOrEligibleSpouse(veteranOrEligibleSpouse)
                .basicSkillsDeficient(basicSkillsDeficient)
                .englishLanguageLearner(englishLanguageLearner)
                .disability(disability)
                .lowIncome(lowIncome)
                .publicAssistance(publicAssistance)
                .homeless(homeless)
                .freeOrReducedLunch(freeOrReducedLunch)
                .fosterChild(fosterChild)
                .familySize(familySize)
                .annualFamilyIncome(annualFamilyIncome)
                .individualIncomeForDisability(individualIncomeForDisability)
                .attendingSchool(attendingSchool)
                .holdsSecondaryDiploma(holdsSecondaryDiploma)
                .youthBarriers(youthBarriers)
                .lowIncomeExceptionUsed(lowIncomeExceptionUsed)
                .dislocatedWorkerCategory(dislocatedWorkerCategory)
                .terminatedOrNotified(terminatedOrNotified)
                .eligibleForOrExhaustedUc(eligibleForOrExhaustedUc)
                .attachedToWorkforceWithoutUc(attachedToWorkforceWithoutUc)
                .unlikelyToReturnToIndustryOrOccupation(unlikelyToReturnToIndustryOrOccupation)
                .laidOffByClosureOrSubstantialLayoff(laidOffByClosureOrSubstantialLayoff)
                .employerAnnouncedClosureWithin180Days(employerAnnouncedClosureWithin180Days)
                .formerlySelfEmployed(formerlySelfEmployed)
                .unemployedByEconomyOrDisaster(unemployedByEconomyOrDisaster)
                .displacedHomemaker(displacedHomemaker)
                .activeDutyMilitarySpouse(activeDutyMilitarySpouse)
                .militarySpouseLostEmploymentByRelocation(militarySpouseLostEmploymentByRelocation)
                .militarySpouseUnemployedOrUnderemployed(militarySpouseUnemployedOrUnderemployed);
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

    /** Builds {@link EligibilityFacts}; anything not set stays null (not recorded). */
    public static final class Builder {
        private LocalDate asOf;
        private LocalDate dateOfBirth;
        private Sex sex;
        private Boolean authorizedToWork;
        private Boolean selectiveServiceRegistered;
        private Boolean selectiveServiceNotKnowingAndWillful;
        private Boolean veteranOrEligibleSpouse;
        private Boolean basicSkillsDeficient;
        private Boolean englishLanguageLearner;
        private Boolean disability;
        private Boolean lowIncome;
        private Set<PublicAssistance> publicAssistance;
        private Boolean homeless;
        private Boolean freeOrReducedLunch;
        private Boolean fosterChild;
        private Integer familySize;
        private BigDecimal annualFamilyIncome;
        private BigDecimal individualIncomeForDisability;
        private Boolean attendingSchool;
        private Boolean holdsSecondaryDiploma;
        private Set<Barrier> youthBarriers;
        private Boolean lowIncomeExceptionUsed;
        private Integer dislocatedWorkerCategory;
        private Boolean terminatedOrNotified;
        private Boolean eligibleForOrExhaustedUc;
        private Boolean attachedToWorkforceWithoutUc;
        private Boolean unlikelyToReturnToIndustryOrOccupation;
        private Boolean laidOffByClosureOrSubstantialLayoff;
        private Boolean employerAnnouncedClosureWithin180Days;
        private Boolean formerlySelfEmployed;
        private Boolean unemployedByEconomyOrDisaster;
        private Boolean displacedHomemaker;
        private Boolean activeDutyMilitarySpouse;
        private Boolean militarySpouseLostEmploymentByRelocation;
        private Boolean militarySpouseUnemployedOrUnderemployed;

        private Builder() {}

        public Builder asOf(LocalDate value) {
            asOf = value;
            return this;
        }

        public Builder dateOfBirth(LocalDate value) {
            dateOfBirth = value;
            return this;
        }

        public Builder sex(Sex value) {
            sex = value;
            return this;
        }

        public Builder authorizedToWork(Boolean value) {
            authorizedToWork = value;
            return this;
        }

        public Builder selectiveServiceRegistered(Boolean value) {
            selectiveServiceRegistered = value;
            return this;
        }

        public Builder selectiveServiceNotKnowingAndWillful(Boolean value) {
            selectiveServiceNotKnowingAndWillful = value;
            return this;
        }

        public Builder veteranOrEligibleSpouse(Boolean value) {
            veteranOrEligibleSpouse = value;
            return this;
        }

        public Builder basicSkillsDeficient(Boolean value) {
            basicSkillsDeficient = value;
            return this;
        }

        public Builder englishLanguageLearner(Boolean value) {
            englishLanguageLearner = value;
            return this;
        }

        public Builder disability(Boolean value) {
            disability = value;
            return this;
        }

        public Builder lowIncome(Boolean value) {
            lowIncome = value;
            return this;
        }

        public Builder publicAssistance(Set<PublicAssistance> value) {
            publicAssistance = value;
            return this;
        }

        public Builder publicAssistance(PublicAssistance... value) {
            return publicAssistance(Set.copyOf(Arrays.asList(value)));
        }

        public Builder homeless(Boolean value) {
            homeless = value;
            return this;
        }

        public Builder freeOrReducedLunch(Boolean value) {
            freeOrReducedLunch = value;
            return this;
        }

        public Builder fosterChild(Boolean value) {
            fosterChild = value;
            return this;
        }

        public Builder familySize(Integer value) {
            familySize = value;
            return this;
        }

        public Builder annualFamilyIncome(BigDecimal value) {
            annualFamilyIncome = value;
            return this;
        }

        public Builder individualIncomeForDisability(BigDecimal value) {
            individualIncomeForDisability = value;
            return this;
        }

        public Builder attendingSchool(Boolean value) {
            attendingSchool = value;
            return this;
        }

        public Builder holdsSecondaryDiploma(Boolean value) {
            holdsSecondaryDiploma = value;
            return this;
        }

        public Builder youthBarriers(Set<Barrier> value) {
            youthBarriers = value;
            return this;
        }

        public Builder youthBarriers(Barrier... value) {
            return youthBarriers(Set.copyOf(Arrays.asList(value)));
        }

        public Builder lowIncomeExceptionUsed(Boolean value) {
            lowIncomeExceptionUsed = value;
            return this;
        }

        public Builder dislocatedWorkerCategory(Integer value) {
            dislocatedWorkerCategory = value;
            return this;
        }

        public Builder terminatedOrNotified(Boolean value) {
            terminatedOrNotified = value;
            return this;
        }

        public Builder eligibleForOrExhaustedUc(Boolean value) {
            eligibleForOrExhaustedUc = value;
            return this;
        }

        public Builder attachedToWorkforceWithoutUc(Boolean value) {
            attachedToWorkforceWithoutUc = value;
            return this;
        }

        public Builder unlikelyToReturnToIndustryOrOccupation(Boolean value) {
            unlikelyToReturnToIndustryOrOccupation = value;
            return this;
        }

        public Builder laidOffByClosureOrSubstantialLayoff(Boolean value) {
            laidOffByClosureOrSubstantialLayoff = value;
            return this;
        }

        public Builder employerAnnouncedClosureWithin180Days(Boolean value) {
            employerAnnouncedClosureWithin180Days = value;
            return this;
        }

        public Builder formerlySelfEmployed(Boolean value) {
            formerlySelfEmployed = value;
            return this;
        }

        public Builder unemployedByEconomyOrDisaster(Boolean value) {
            unemployedByEconomyOrDisaster = value;
            return this;
        }

        public Builder displacedHomemaker(Boolean value) {
            displacedHomemaker = value;
            return this;
        }

        public Builder activeDutyMilitarySpouse(Boolean value) {
            activeDutyMilitarySpouse = value;
            return this;
        }

        public Builder militarySpouseLostEmploymentByRelocation(Boolean value) {
            militarySpouseLostEmploymentByRelocation = value;
            return this;
        }

        public Builder militarySpouseUnemployedOrUnderemployed(Boolean value) {
            militarySpouseUnemployedOrUnderemployed = value;
            return this;
        }

        public EligibilityFacts build() {
            return new EligibilityFacts(
                    asOf,
                    dateOfBirth,
                    sex,
                    authorizedToWork,
                    selectiveServiceRegistered,
                    selectiveServiceNotKnowingAndWillful,
                    veteranOrEligibleSpouse,
                    basicSkillsDeficient,
                    englishLanguageLearner,
                    disability,
                    lowIncome,
                    publicAssistance,
                    homeless,
                    freeOrReducedLunch,
                    fosterChild,
                    familySize,
                    annualFamilyIncome,
                    individualIncomeForDisability,
                    attendingSchool,
                    holdsSecondaryDiploma,
                    youthBarriers,
                    lowIncomeExceptionUsed,
                    dislocatedWorkerCategory,
                    terminatedOrNotified,
                    eligibleForOrExhaustedUc,
                    attachedToWorkforceWithoutUc,
                    unlikelyToReturnToIndustryOrOccupation,
                    laidOffByClosureOrSubstantialLayoff,
                    employerAnnouncedClosureWithin180Days,
                    formerlySelfEmployed,
                    unemployedByEconomyOrDisaster,
                    displacedHomemaker,
                    activeDutyMilitarySpouse,
                    militarySpouseLostEmploymentByRelocation,
                    militarySpouseUnemployedOrUnderemployed);
        }
    }
}
