package org.waypoint.service.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * Builds {@link EligibilityFacts} fact by fact, for rules tests, the participant pre-fill and the
 * synthetic generator; anything not set stays null (not recorded). Kept apart from the record so
 * the record reads as the list of facts and their checks.
 */
public final class EligibilityFactsBuilder {

    private LocalDate asOf;
    private LocalDate dateOfBirth;
    private Sex sex;
    private Boolean authorizedToWork;
    private Boolean selectiveServiceRegistered;
    private Boolean selectiveServiceNotKnowingAndWillful;
    private Boolean selectiveServiceExempt;
    private Boolean veteranOrEligibleSpouse;
    private Boolean localPriorityPopulation;
    private Boolean basicSkillsDeficient;
    private Boolean englishLanguageLearner;
    private Boolean disability;
    private Boolean lowIncome;
    private String lowIncomeReason;
    private Set<PublicAssistance> publicAssistance;
    private Boolean homeless;
    private Boolean freeOrReducedLunch;
    private Boolean fosterChild;
    private Boolean livesInHighPovertyArea;
    private Integer familySize;
    private BigDecimal annualFamilyIncome;
    private BigDecimal individualIncomeForDisability;
    private Boolean attendingSchool;
    private Boolean holdsSecondaryDiploma;
    private Set<Barrier> youthBarriers;
    private Boolean lowIncomeExceptionUsed;
    private Integer dislocatedWorkerCategory;
    private Boolean separatingServiceMember;
    private Boolean terminatedOrNotified;
    private Boolean eligibleForOrExhaustedUc;
    private Boolean attachedToWorkforceWithoutUc;
    private Boolean unlikelyToReturnToIndustryOrOccupation;
    private Boolean laidOffByClosureOrSubstantialLayoff;
    private Boolean employerAnnouncedClosureWithin180Days;
    private Boolean employerGeneralAnnouncementOfClosure;
    private Boolean formerlySelfEmployed;
    private Boolean unemployedByEconomyOrDisaster;
    private Boolean unpaidServicesToFamilyInHome;
    private Boolean lostSupportOfFamilyIncome;
    private Boolean militaryFamilyIncomeReduced;
    private Boolean homemakerUnemployedOrUnderemployed;
    private Boolean activeDutyMilitarySpouse;
    private Boolean militarySpouseLostEmploymentByRelocation;
    private Boolean militarySpouseUnemployedOrUnderemployed;

    EligibilityFactsBuilder() {}

    public EligibilityFactsBuilder asOf(LocalDate value) {
        asOf = value;
        return this;
    }

    public EligibilityFactsBuilder dateOfBirth(LocalDate value) {
        dateOfBirth = value;
        return this;
    }

    public EligibilityFactsBuilder sex(Sex value) {
        sex = value;
        return this;
    }

    public EligibilityFactsBuilder authorizedToWork(Boolean value) {
        authorizedToWork = value;
        return this;
    }

    public EligibilityFactsBuilder selectiveServiceRegistered(Boolean value) {
        selectiveServiceRegistered = value;
        return this;
    }

    public EligibilityFactsBuilder selectiveServiceNotKnowingAndWillful(Boolean value) {
        selectiveServiceNotKnowingAndWillful = value;
        return this;
    }

    public EligibilityFactsBuilder selectiveServiceExempt(Boolean value) {
        selectiveServiceExempt = value;
        return this;
    }

    public EligibilityFactsBuilder veteranOrEligibleSpouse(Boolean value) {
        veteranOrEligibleSpouse = value;
        return this;
    }

    public EligibilityFactsBuilder localPriorityPopulation(Boolean value) {
        localPriorityPopulation = value;
        return this;
    }

    public EligibilityFactsBuilder basicSkillsDeficient(Boolean value) {
        basicSkillsDeficient = value;
        return this;
    }

    public EligibilityFactsBuilder englishLanguageLearner(Boolean value) {
        englishLanguageLearner = value;
        return this;
    }

    public EligibilityFactsBuilder disability(Boolean value) {
        disability = value;
        return this;
    }

    public EligibilityFactsBuilder lowIncome(Boolean value) {
        lowIncome = value;
        return this;
    }

    public EligibilityFactsBuilder lowIncomeReason(String value) {
        lowIncomeReason = value;
        return this;
    }

    public EligibilityFactsBuilder publicAssistance(Set<PublicAssistance> value) {
        publicAssistance = value;
        return this;
    }

    public EligibilityFactsBuilder publicAssistance(PublicAssistance... value) {
        return publicAssistance(Set.copyOf(Arrays.asList(value)));
    }

    public EligibilityFactsBuilder homeless(Boolean value) {
        homeless = value;
        return this;
    }

    public EligibilityFactsBuilder freeOrReducedLunch(Boolean value) {
        freeOrReducedLunch = value;
        return this;
    }

    public EligibilityFactsBuilder fosterChild(Boolean value) {
        fosterChild = value;
        return this;
    }

    public EligibilityFactsBuilder livesInHighPovertyArea(Boolean value) {
        livesInHighPovertyArea = value;
        return this;
    }

    public EligibilityFactsBuilder familySize(Integer value) {
        familySize = value;
        return this;
    }

    public EligibilityFactsBuilder annualFamilyIncome(BigDecimal value) {
        annualFamilyIncome = value;
        return this;
    }

    public EligibilityFactsBuilder individualIncomeForDisability(BigDecimal value) {
        individualIncomeForDisability = value;
        return this;
    }

    public EligibilityFactsBuilder attendingSchool(Boolean value) {
        attendingSchool = value;
        return this;
    }

    public EligibilityFactsBuilder holdsSecondaryDiploma(Boolean value) {
        holdsSecondaryDiploma = value;
        return this;
    }

    public EligibilityFactsBuilder youthBarriers(Set<Barrier> value) {
        youthBarriers = value;
        return this;
    }

    public EligibilityFactsBuilder youthBarriers(Barrier... value) {
        return youthBarriers(Set.copyOf(Arrays.asList(value)));
    }

    public EligibilityFactsBuilder lowIncomeExceptionUsed(Boolean value) {
        lowIncomeExceptionUsed = value;
        return this;
    }

    public EligibilityFactsBuilder dislocatedWorkerCategory(Integer value) {
        dislocatedWorkerCategory = value;
        return this;
    }

    public EligibilityFactsBuilder separatingServiceMember(Boolean value) {
        separatingServiceMember = value;
        return this;
    }

    public EligibilityFactsBuilder terminatedOrNotified(Boolean value) {
        terminatedOrNotified = value;
        return this;
    }

    public EligibilityFactsBuilder eligibleForOrExhaustedUc(Boolean value) {
        eligibleForOrExhaustedUc = value;
        return this;
    }

    public EligibilityFactsBuilder attachedToWorkforceWithoutUc(Boolean value) {
        attachedToWorkforceWithoutUc = value;
        return this;
    }

    public EligibilityFactsBuilder unlikelyToReturnToIndustryOrOccupation(Boolean value) {
        unlikelyToReturnToIndustryOrOccupation = value;
        return this;
    }

    public EligibilityFactsBuilder laidOffByClosureOrSubstantialLayoff(Boolean value) {
        laidOffByClosureOrSubstantialLayoff = value;
        return this;
    }

    public EligibilityFactsBuilder employerAnnouncedClosureWithin180Days(Boolean value) {
        employerAnnouncedClosureWithin180Days = value;
        return this;
    }

    public EligibilityFactsBuilder employerGeneralAnnouncementOfClosure(Boolean value) {
        employerGeneralAnnouncementOfClosure = value;
        return this;
    }

    public EligibilityFactsBuilder formerlySelfEmployed(Boolean value) {
        formerlySelfEmployed = value;
        return this;
    }

    public EligibilityFactsBuilder unemployedByEconomyOrDisaster(Boolean value) {
        unemployedByEconomyOrDisaster = value;
        return this;
    }

    public EligibilityFactsBuilder unpaidServicesToFamilyInHome(Boolean value) {
        unpaidServicesToFamilyInHome = value;
        return this;
    }

    public EligibilityFactsBuilder lostSupportOfFamilyIncome(Boolean value) {
        lostSupportOfFamilyIncome = value;
        return this;
    }

    public EligibilityFactsBuilder militaryFamilyIncomeReduced(Boolean value) {
        militaryFamilyIncomeReduced = value;
        return this;
    }

    public EligibilityFactsBuilder homemakerUnemployedOrUnderemployed(Boolean value) {
        homemakerUnemployedOrUnderemployed = value;
        return this;
    }

    public EligibilityFactsBuilder activeDutyMilitarySpouse(Boolean value) {
        activeDutyMilitarySpouse = value;
        return this;
    }

    public EligibilityFactsBuilder militarySpouseLostEmploymentByRelocation(Boolean value) {
        militarySpouseLostEmploymentByRelocation = value;
        return this;
    }

    public EligibilityFactsBuilder militarySpouseUnemployedOrUnderemployed(Boolean value) {
        militarySpouseUnemployedOrUnderemployed = value;
        return this;
    }

    /** A builder holding {@code facts}, to record more or correct some. */
    static EligibilityFactsBuilder of(EligibilityFacts facts) {
        EligibilityFactsBuilder b = new EligibilityFactsBuilder();
        b.asOf = facts.asOf();
        b.dateOfBirth = facts.dateOfBirth();
        b.sex = facts.sex();
        b.authorizedToWork = facts.authorizedToWork();
        b.selectiveServiceRegistered = facts.selectiveServiceRegistered();
        b.selectiveServiceNotKnowingAndWillful = facts.selectiveServiceNotKnowingAndWillful();
        b.selectiveServiceExempt = facts.selectiveServiceExempt();
        b.veteranOrEligibleSpouse = facts.veteranOrEligibleSpouse();
        b.localPriorityPopulation = facts.localPriorityPopulation();
        b.basicSkillsDeficient = facts.basicSkillsDeficient();
        b.englishLanguageLearner = facts.englishLanguageLearner();
        b.disability = facts.disability();
        b.lowIncome = facts.lowIncome();
        b.lowIncomeReason = facts.lowIncomeReason();
        b.publicAssistance = facts.publicAssistance();
        b.homeless = facts.homeless();
        b.freeOrReducedLunch = facts.freeOrReducedLunch();
        b.fosterChild = facts.fosterChild();
        b.livesInHighPovertyArea = facts.livesInHighPovertyArea();
        b.familySize = facts.familySize();
        b.annualFamilyIncome = facts.annualFamilyIncome();
        b.individualIncomeForDisability = facts.individualIncomeForDisability();
        b.attendingSchool = facts.attendingSchool();
        b.holdsSecondaryDiploma = facts.holdsSecondaryDiploma();
        b.youthBarriers = facts.youthBarriers();
        b.lowIncomeExceptionUsed = facts.lowIncomeExceptionUsed();
        b.dislocatedWorkerCategory = facts.dislocatedWorkerCategory();
        b.separatingServiceMember = facts.separatingServiceMember();
        b.terminatedOrNotified = facts.terminatedOrNotified();
        b.eligibleForOrExhaustedUc = facts.eligibleForOrExhaustedUc();
        b.attachedToWorkforceWithoutUc = facts.attachedToWorkforceWithoutUc();
        b.unlikelyToReturnToIndustryOrOccupation = facts.unlikelyToReturnToIndustryOrOccupation();
        b.laidOffByClosureOrSubstantialLayoff = facts.laidOffByClosureOrSubstantialLayoff();
        b.employerAnnouncedClosureWithin180Days = facts.employerAnnouncedClosureWithin180Days();
        b.employerGeneralAnnouncementOfClosure = facts.employerGeneralAnnouncementOfClosure();
        b.formerlySelfEmployed = facts.formerlySelfEmployed();
        b.unemployedByEconomyOrDisaster = facts.unemployedByEconomyOrDisaster();
        b.unpaidServicesToFamilyInHome = facts.unpaidServicesToFamilyInHome();
        b.lostSupportOfFamilyIncome = facts.lostSupportOfFamilyIncome();
        b.militaryFamilyIncomeReduced = facts.militaryFamilyIncomeReduced();
        b.homemakerUnemployedOrUnderemployed = facts.homemakerUnemployedOrUnderemployed();
        b.activeDutyMilitarySpouse = facts.activeDutyMilitarySpouse();
        b.militarySpouseLostEmploymentByRelocation = facts.militarySpouseLostEmploymentByRelocation();
        b.militarySpouseUnemployedOrUnderemployed = facts.militarySpouseUnemployedOrUnderemployed();
        return b;
    }

    public EligibilityFacts build() {
        return new EligibilityFacts(
                asOf,
                dateOfBirth,
                sex,
                authorizedToWork,
                selectiveServiceRegistered,
                selectiveServiceNotKnowingAndWillful,
                selectiveServiceExempt,
                veteranOrEligibleSpouse,
                localPriorityPopulation,
                basicSkillsDeficient,
                englishLanguageLearner,
                disability,
                lowIncome,
                lowIncomeReason,
                publicAssistance,
                homeless,
                freeOrReducedLunch,
                fosterChild,
                livesInHighPovertyArea,
                familySize,
                annualFamilyIncome,
                individualIncomeForDisability,
                attendingSchool,
                holdsSecondaryDiploma,
                youthBarriers,
                lowIncomeExceptionUsed,
                dislocatedWorkerCategory,
                separatingServiceMember,
                terminatedOrNotified,
                eligibleForOrExhaustedUc,
                attachedToWorkforceWithoutUc,
                unlikelyToReturnToIndustryOrOccupation,
                laidOffByClosureOrSubstantialLayoff,
                employerAnnouncedClosureWithin180Days,
                employerGeneralAnnouncementOfClosure,
                formerlySelfEmployed,
                unemployedByEconomyOrDisaster,
                unpaidServicesToFamilyInHome,
                lostSupportOfFamilyIncome,
                militaryFamilyIncomeReduced,
                homemakerUnemployedOrUnderemployed,
                activeDutyMilitarySpouse,
                militarySpouseLostEmploymentByRelocation,
                militarySpouseUnemployedOrUnderemployed);
    }
}
