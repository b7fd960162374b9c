package org.waypoint.web.eligibility;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.waypoint.service.eligibility.Barrier;
import org.waypoint.service.eligibility.EligibilityFacts;
import org.waypoint.service.eligibility.PublicAssistance;
import org.waypoint.service.eligibility.Sex;

/**
 * The facts on the determination screen while the case manager answers them: starts from the
 * participant's record and becomes {@link EligibilityFacts} for each live evaluation and the save.
 */
public class EligibilityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Sex sex;
    private Boolean authorizedToWork;
    private Boolean selectiveServiceRegistered;
    private Boolean selectiveServiceNotKnowingAndWillful;
    private Boolean veteranOrEligibleSpouse;
    private Boolean basicSkillsDeficient;
    private Boolean englishLanguageLearner;
    private Boolean disability;
    private Boolean lowIncome;
    private List<PublicAssistance> publicAssistance = new ArrayList<>();
    private Boolean homeless;
    private Boolean freeOrReducedLunch;
    private Boolean fosterChild;
    private Integer familySize;
    private BigDecimal annualFamilyIncome;
    private Boolean attendingSchool;
    private Boolean holdsSecondaryDiploma;
    private List<Barrier> youthBarriers = new ArrayList<>();
    private Boolean lowIncomeExceptionUsed;
    private Integer dislocatedWorkerCategory;
    private Boolean terminatedOrNotified;
    private Boolean eligibleForOrExhaustedUc;
    private Boolean attachedToWorkforceWithoutUc;
    private Boolean unlikelyToReturnToIndustryOrOccupation;
    private Boolean laidOffByClosureOrSubstantialLayoff;
    private Boolean formerlySelfEmployed;
    private Boolean unemployedByEconomyOrDisaster;
    private Boolean displacedHomemaker;
    private Boolean activeDutyMilitarySpouse;
    private Boolean militarySpouseLostEmploymentByRelocation;
    private Boolean militarySpouseUnemployedOrUnderemployed;

    static EligibilityForm of(EligibilityFacts facts) {
        EligibilityForm form = new EligibilityForm();
        form.sex = facts.sex();
        form.authorizedToWork = facts.authorizedToWork();
        form.selectiveServiceRegistered = facts.selectiveServiceRegistered();
        form.selectiveServiceNotKnowingAndWillful = facts.selectiveServiceNotKnowingAndWillful();
        form.veteranOrEligibleSpouse = facts.veteranOrEligibleSpouse();
        form.basicSkillsDeficient = facts.basicSkillsDeficient();
        form.englishLanguageLearner = facts.englishLanguageLearner();
        form.disability = facts.disability();
        form.lowIncome = facts.lowIncome();
        form.publicAssistance = new ArrayList<>(facts.publicAssistance());
        form.homeless = facts.homeless();
        form.freeOrReducedLunch = facts.freeOrReducedLunch();
        form.fosterChild = facts.fosterChild();
        form.familySize = facts.familySize();
        form.annualFamilyIncome = facts.annualFamilyIncome();
        form.attendingSchool = facts.attendingSchool();
        form.holdsSecondaryDiploma = facts.holdsSecondaryDiploma();
        form.youthBarriers = new ArrayList<>(facts.youthBarriers());
        form.lowIncomeExceptionUsed = facts.lowIncomeExceptionUsed();
        form.dislocatedWorkerCategory = facts.dislocatedWorkerCategory();
        form.terminatedOrNotified = facts.terminatedOrNotified();
        form.eligibleForOrExhaustedUc = facts.eligibleForOrExhaustedUc();
        form.attachedToWorkforceWithoutUc = facts.attachedToWorkforceWithoutUc();
        form.unlikelyToReturnToIndustryOrOccupation = facts.unlikelyToReturnToIndustryOrOccupation();
        form.laidOffByClosureOrSubstantialLayoff = facts.laidOffByClosureOrSubstantialLayoff();
        form.formerlySelfEmployed = facts.formerlySelfEmployed();
        form.unemployedByEconomyOrDisaster = facts.unemployedByEconomyOrDisaster();
        form.displacedHomemaker = facts.displacedHomemaker();
        form.activeDutyMilitarySpouse = facts.activeDutyMilitarySpouse();
        form.militarySpouseLostEmploymentByRelocation = facts.militarySpouseLostEmploymentByRelocation();
        form.militarySpouseUnemployedOrUnderemployed = facts.militarySpouseUnemployedOrUnderemployed();
        return form;
    }

    EligibilityFacts toFacts(LocalDate asOf, LocalDate dateOfBirth) {
        return EligibilityFacts.builder()
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
                .publicAssistance(
                        publicAssistance == null || publicAssistance.isEmpty()
                                ? EnumSet.noneOf(PublicAssistance.class)
                                : EnumSet.copyOf(publicAssistance))
                .homeless(homeless)
                .freeOrReducedLunch(freeOrReducedLunch)
                .fosterChild(fosterChild)
                .familySize(familySize)
                .annualFamilyIncome(annualFamilyIncome)
                .attendingSchool(attendingSchool)
                .holdsSecondaryDiploma(holdsSecondaryDiploma)
                .youthBarriers(
                        youthBarriers == null || youthBarriers.isEmpty()
                                ? EnumSet.noneOf(Barrier.class)
                                : EnumSet.copyOf(youthBarriers))
                .lowIncomeExceptionUsed(lowIncomeExceptionUsed)
                .dislocatedWorkerCategory(dislocatedWorkerCategory)
                .terminatedOrNotified(terminatedOrNotified)
                .eligibleForOrExhaustedUc(eligibleForOrExhaustedUc)
                .attachedToWorkforceWithoutUc(attachedToWorkforceWithoutUc)
                .unlikelyToReturnToIndustryOrOccupation(unlikelyToReturnToIndustryOrOccupation)
                .laidOffByClosureOrSubstantialLayoff(laidOffByClosureOrSubstantialLayoff)
                .formerlySelfEmployed(formerlySelfEmployed)
                .unemployedByEconomyOrDisaster(unemployedByEconomyOrDisaster)
                .displacedHomemaker(displacedHomemaker)
                .activeDutyMilitarySpouse(activeDutyMilitarySpouse)
                .militarySpouseLostEmploymentByRelocation(militarySpouseLostEmploymentByRelocation)
                .militarySpouseUnemployedOrUnderemployed(militarySpouseUnemployedOrUnderemployed)
                .build();
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Boolean getAuthorizedToWork() {
        return authorizedToWork;
    }

    public void setAuthorizedToWork(Boolean authorizedToWork) {
        this.authorizedToWork = authorizedToWork;
    }

    public Boolean getSelectiveServiceRegistered() {
        return selectiveServiceRegistered;
    }

    public void setSelectiveServiceRegistered(Boolean selectiveServiceRegistered) {
        this.selectiveServiceRegistered = selectiveServiceRegistered;
    }

    public Boolean getSelectiveServiceNotKnowingAndWillful() {
        return selectiveServiceNotKnowingAndWillful;
    }

    public void setSelectiveServiceNotKnowingAndWillful(Boolean selectiveServiceNotKnowingAndWillful) {
        this.selectiveServiceNotKnowingAndWillful = selectiveServiceNotKnowingAndWillful;
    }

    public Boolean getVeteranOrEligibleSpouse() {
        return veteranOrEligibleSpouse;
    }

    public void setVeteranOrEligibleSpouse(Boolean veteranOrEligibleSpouse) {
        this.veteranOrEligibleSpouse = veteranOrEligibleSpouse;
    }

    public Boolean getBasicSkillsDeficient() {
        return basicSkillsDeficient;
    }

    public void setBasicSkillsDeficient(Boolean basicSkillsDeficient) {
        this.basicSkillsDeficient = basicSkillsDeficient;
    }

    public Boolean getEnglishLanguageLearner() {
        return englishLanguageLearner;
    }

    public void setEnglishLanguageLearner(Boolean englishLanguageLearner) {
        this.englishLanguageLearner = englishLanguageLearner;
    }

    public Boolean getDisability() {
        return disability;
    }

    public void setDisability(Boolean disability) {
        this.disability = disability;
    }

    public Boolean getLowIncome() {
        return lowIncome;
    }

    public void setLowIncome(Boolean lowIncome) {
        this.lowIncome = lowIncome;
    }

    public List<PublicAssistance> getPublicAssistance() {
        return publicAssistance;
    }

    public void setPublicAssistance(List<PublicAssistance> publicAssistance) {
        this.publicAssistance = publicAssistance;
    }

    public Boolean getHomeless() {
        return homeless;
    }

    public void setHomeless(Boolean homeless) {
        this.homeless = homeless;
    }

    public Boolean getFreeOrReducedLunch() {
        return freeOrReducedLunch;
    }

    public void setFreeOrReducedLunch(Boolean freeOrReducedLunch) {
        this.freeOrReducedLunch = freeOrReducedLunch;
    }

    public Boolean getFosterChild() {
        return fosterChild;
    }

    public void setFosterChild(Boolean fosterChild) {
        this.fosterChild = fosterChild;
    }

    public Integer getFamilySize() {
        return familySize;
    }

    public void setFamilySize(Integer familySize) {
        this.familySize = familySize;
    }

    public BigDecimal getAnnualFamilyIncome() {
        return annualFamilyIncome;
    }

    public void setAnnualFamilyIncome(BigDecimal annualFamilyIncome) {
        this.annualFamilyIncome = annualFamilyIncome;
    }

    public Boolean getAttendingSchool() {
        return attendingSchool;
    }

    public void setAttendingSchool(Boolean attendingSchool) {
        this.attendingSchool = attendingSchool;
    }

    public Boolean getHoldsSecondaryDiploma() {
        return holdsSecondaryDiploma;
    }

    public void setHoldsSecondaryDiploma(Boolean holdsSecondaryDiploma) {
        this.holdsSecondaryDiploma = holdsSecondaryDiploma;
    }

    public List<Barrier> getYouthBarriers() {
        return youthBarriers;
    }

    public void setYouthBarriers(List<Barrier> youthBarriers) {
        this.youthBarriers = youthBarriers;
    }

    public Boolean getLowIncomeExceptionUsed() {
        return lowIncomeExceptionUsed;
    }

    public void setLowIncomeExceptionUsed(Boolean lowIncomeExceptionUsed) {
        this.lowIncomeExceptionUsed = lowIncomeExceptionUsed;
    }

    public Integer getDislocatedWorkerCategory() {
        return dislocatedWorkerCategory;
    }

    public void setDislocatedWorkerCategory(Integer dislocatedWorkerCategory) {
        this.dislocatedWorkerCategory = dislocatedWorkerCategory;
    }

    public Boolean getTerminatedOrNotified() {
        return terminatedOrNotified;
    }

    public void setTerminatedOrNotified(Boolean terminatedOrNotified) {
        this.terminatedOrNotified = terminatedOrNotified;
    }

    public Boolean getEligibleForOrExhaustedUc() {
        return eligibleForOrExhaustedUc;
    }

    public void setEligibleForOrExhaustedUc(Boolean eligibleForOrExhaustedUc) {
        this.eligibleForOrExhaustedUc = eligibleForOrExhaustedUc;
    }

    public Boolean getAttachedToWorkforceWithoutUc() {
        return attachedToWorkforceWithoutUc;
    }

    public void setAttachedToWorkforceWithoutUc(Boolean attachedToWorkforceWithoutUc) {
        this.attachedToWorkforceWithoutUc = attachedToWorkforceWithoutUc;
    }

    public Boolean getUnlikelyToReturnToIndustryOrOccupation() {
        return unlikelyToReturnToIndustryOrOccupation;
    }

    public void setUnlikelyToReturnToIndustryOrOccupation(Boolean unlikelyToReturnToIndustryOrOccupation) {
        this.unlikelyToReturnToIndustryOrOccupation = unlikelyToReturnToIndustryOrOccupation;
    }

    public Boolean getLaidOffByClosureOrSubstantialLayoff() {
        return laidOffByClosureOrSubstantialLayoff;
    }

    public void setLaidOffByClosureOrSubstantialLayoff(Boolean laidOffByClosureOrSubstantialLayoff) {
        this.laidOffByClosureOrSubstantialLayoff = laidOffByClosureOrSubstantialLayoff;
    }

    public Boolean getFormerlySelfEmployed() {
        return formerlySelfEmployed;
    }

    public void setFormerlySelfEmployed(Boolean formerlySelfEmployed) {
        this.formerlySelfEmployed = formerlySelfEmployed;
    }

    public Boolean getUnemployedByEconomyOrDisaster() {
        return unemployedByEconomyOrDisaster;
    }

    public void setUnemployedByEconomyOrDisaster(Boolean unemployedByEconomyOrDisaster) {
        this.unemployedByEconomyOrDisaster = unemployedByEconomyOrDisaster;
    }

    public Boolean getDisplacedHomemaker() {
        return displacedHomemaker;
    }

    public void setDisplacedHomemaker(Boolean displacedHomemaker) {
        this.displacedHomemaker = displacedHomemaker;
    }

    public Boolean getActiveDutyMilitarySpouse() {
        return activeDutyMilitarySpouse;
    }

    public void setActiveDutyMilitarySpouse(Boolean activeDutyMilitarySpouse) {
        this.activeDutyMilitarySpouse = activeDutyMilitarySpouse;
    }

    public Boolean getMilitarySpouseLostEmploymentByRelocation() {
        return militarySpouseLostEmploymentByRelocation;
    }

    public void setMilitarySpouseLostEmploymentByRelocation(Boolean militarySpouseLostEmploymentByRelocation) {
        this.militarySpouseLostEmploymentByRelocation = militarySpouseLostEmploymentByRelocation;
    }

    public Boolean getMilitarySpouseUnemployedOrUnderemployed() {
        return militarySpouseUnemployedOrUnderemployed;
    }

    public void setMilitarySpouseUnemployedOrUnderemployed(Boolean militarySpouseUnemployedOrUnderemployed) {
        this.militarySpouseUnemployedOrUnderemployed = militarySpouseUnemployedOrUnderemployed;
    }
}
