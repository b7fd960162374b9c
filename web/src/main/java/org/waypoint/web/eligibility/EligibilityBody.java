package org.waypoint.web.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.eligibility.FactSource;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.eligibility.Barrier;
import org.waypoint.service.eligibility.EligibilityFacts;
import org.waypoint.service.eligibility.Program;
import org.waypoint.service.eligibility.PublicAssistance;
import org.waypoint.service.eligibility.Sex;
import org.waypoint.web.api.Codes;

/**
 * The JSON of POST /eligibility/evaluate and POST /participants/{id}/eligibility: the program, the
 * date, and the facts by the names of {@link EligibilityFacts} (see the README for codes). Every
 * value that cannot be read is named in one 400 answer.
 */
public class EligibilityBody {
    public String program;
    public String asOf;
    public String state;
    public String dateOfBirth;
    public String sex;
    public Boolean authorizedToWork;
    public Boolean selectiveServiceRegistered;
    public Boolean selectiveServiceNotKnowingAndWillful;
    public Boolean veteranOrEligibleSpouse;
    public Boolean basicSkillsDeficient;
    public Boolean englishLanguageLearner;
    public Boolean disability;
    public Boolean lowIncome;
    public List<String> publicAssistance;
    public Boolean homeless;
    public Boolean freeOrReducedLunch;
    public Boolean fosterChild;
    public Integer familySize;
    public BigDecimal annualFamilyIncome;
    public BigDecimal individualIncomeForDisability;
    public Boolean attendingSchool;
    public Boolean holdsSecondaryDiploma;
    public List<String> barriers;
    public Boolean lowIncomeExceptionUsed;
    public Integer dislocatedWorkerCategory;
    public Boolean terminatedOrNotified;
    public Boolean eligibleForOrExhaustedUc;
    public Boolean attachedToWorkforceWithoutUc;
    public Boolean unlikelyToReturnToIndustryOrOccupation;
    public Boolean laidOffByClosureOrSubstantialLayoff;
    public Boolean formerlySelfEmployed;
    public Boolean unemployedByEconomyOrDisaster;
    public Boolean displacedHomemaker;
    public Boolean activeDutyMilitarySpouse;
    public Boolean militarySpouseLostEmploymentByRelocation;
    public Boolean militarySpouseUnemployedOrUnderemployed;
    /** For a saved determination: where each fact was verified, by fact name. */
    public Map<String, String> sources;

    /** The program, or a 400 naming it when unknown. */
    Program program() {
        Map<String, String> errors = new LinkedHashMap<>();
        Program parsed = Codes.code(errors, "program", program, Program.class);
        if (parsed == null && errors.isEmpty()) {
            errors.put(
                    "program", "Choose the program: ADULT, DISLOCATED_WORKER, YOUTH_IN_SCHOOL or YOUTH_OUT_OF_SCHOOL.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parsed;
    }

    EligibilityFacts facts() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = asOf == null ? LocalDate.now() : date(errors, "asOf", asOf);
        LocalDate born = date(errors, "dateOfBirth", dateOfBirth);
        if (born != null && born.isAfter(LocalDate.now())) {
            errors.put("dateOfBirth", "The date of birth is in the future.");
            born = null;
        } else if (born != null && day != null && born.isAfter(day)) {
            errors.put("dateOfBirth", "The date of birth is after the determination date.");
            born = null;
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EligibilityFacts facts;
        try {
            facts = build(errors, day, born);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("facts", e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return facts;
    }

    private EligibilityFacts build(Map<String, String> errors, LocalDate day, LocalDate born) {
        return EligibilityFacts.builder()
                .asOf(day)
                .dateOfBirth(born)
                .sex(Codes.code(errors, "sex", sex, Sex.class))
                .authorizedToWork(authorizedToWork)
                .selectiveServiceRegistered(selectiveServiceRegistered)
                .selectiveServiceNotKnowingAndWillful(selectiveServiceNotKnowingAndWillful)
                .veteranOrEligibleSpouse(veteranOrEligibleSpouse)
                .basicSkillsDeficient(basicSkillsDeficient)
                .englishLanguageLearner(englishLanguageLearner)
                .disability(disability)
                .lowIncome(lowIncome)
                .publicAssistance(Codes.codes(errors, "publicAssistance", publicAssistance, PublicAssistance.class))
                .homeless(homeless)
                .freeOrReducedLunch(freeOrReducedLunch)
                .fosterChild(fosterChild)
                .familySize(familySize)
                .annualFamilyIncome(annualFamilyIncome)
                .individualIncomeForDisability(individualIncomeForDisability)
                .attendingSchool(attendingSchool)
                .holdsSecondaryDiploma(holdsSecondaryDiploma)
                .youthBarriers(Codes.codes(errors, "barriers", barriers, Barrier.class))
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

    Map<String, FactSource> sources() {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, FactSource> result = new LinkedHashMap<>();
        if (sources != null) {
            sources.forEach((fact, source) -> {
                FactSource parsed = Codes.code(errors, "sources." + fact, source, FactSource.class);
                if (parsed != null) {
                    result.put(fact, parsed);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result;
    }

    private static LocalDate date(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "Use the form YYYY-MM-DD.");
            return null;
        }
    }
}
