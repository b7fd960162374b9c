package org.waypoint.service.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waypoint.service.eligibility.TestFacts.AS_OF;
import static org.waypoint.service.eligibility.TestFacts.HHS_2025;
import static org.waypoint.service.eligibility.TestFacts.adult;
import static org.waypoint.service.eligibility.TestFacts.date;
import static org.waypoint.service.eligibility.TestFacts.inSchoolYouth;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The facts each program needs, named as the REST layer will name them in a 400 answer. */
class MissingFactsTest {

    private static final List<String> COMPONENTS = Arrays.stream(EligibilityFacts.class.getRecordComponents())
            .map(RecordComponent::getName)
            .toList();

    private static List<String> missing(Program program, EligibilityFactsBuilder facts) {
        return EligibilityRules.missingFacts(program, facts.build());
    }

    @Test
    void anAdultNeedsTheDateDateOfBirthAndWorkAuthorization() {
        assertThat(missing(Program.ADULT, EligibilityFacts.builder()))
                .containsExactly("asOf", "dateOfBirth", "authorizedToWork");
    }

    @Test
    void aCompleteAdultNeedsNothingMore() {
        assertThat(missing(Program.ADULT, adult())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Program.class)
    void everyNameIsAComponentOfEligibilityFacts(Program program) {
        EligibilityFactsBuilder manWithCategory = EligibilityFacts.builder()
                .asOf(AS_OF)
                .dateOfBirth(date(1990, 1, 1))
                .sex(Sex.MALE)
                .selectiveServiceRegistered(false)
                .youthBarriers(Barrier.REQUIRES_ADDITIONAL_ASSISTANCE)
                .holdsSecondaryDiploma(true)
                .basicSkillsDeficient(true);
        for (int category = 1; category <= 5; category++) {
            assertThat(missing(program, manWithCategory.dislocatedWorkerCategory(category)))
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(COMPONENTS).contains(name));
        }
    }

    @Test
    void sexIsNeededForSomeoneBornIn1960OrLaterAndAtLeast18() {
        assertThat(missing(Program.ADULT, adult().sex(null))).containsExactly("sex");
        assertThat(missing(Program.ADULT, adult().sex(null).dateOfBirth(date(1959, 12, 31))))
                .isEmpty();
    }

    @Test
    void registrationIsNeededForAManWhoMustRegister() {
        assertThat(missing(Program.ADULT, adult().sex(Sex.MALE))).containsExactly("selectiveServiceRegistered");
    }

    @Test
    void registrationIsNotNeededForAWoman() {
        assertThat(missing(Program.ADULT, adult().sex(Sex.FEMALE))).isEmpty();
    }

    @Test
    void registrationIsNotNeededForAManBornBefore1960() {
        assertThat(missing(Program.ADULT, adult().sex(Sex.MALE).dateOfBirth(date(1959, 12, 31))))
                .isEmpty();
    }

    @Test
    void registrationIsNotNeededForAMaleYouthUnder18() {
        EligibilityFactsBuilder youth = adult().sex(Sex.MALE)
                .dateOfBirth(date(2008, 11, 23))
                .attendingSchool(false)
                .youthBarriers(Barrier.SCHOOL_DROPOUT);

        assertThat(missing(Program.YOUTH_OUT_OF_SCHOOL, youth)).isEmpty();
    }

    @Test
    void theFindingIsNeededOnlyForAnUnregisteredManOf26OrOlder() {
        EligibilityFactsBuilder man = adult().sex(Sex.MALE).selectiveServiceRegistered(false);

        assertThat(missing(Program.ADULT, man.dateOfBirth(date(2000, 11, 22))))
                .containsExactly("selectiveServiceNotKnowingAndWillful");
        assertThat(missing(Program.ADULT, man.dateOfBirth(date(2000, 11, 23)))).isEmpty();
    }

    @Test
    void youthNeedSchoolStatus() {
        assertThat(missing(Program.YOUTH_OUT_OF_SCHOOL, adult().youthBarriers(Barrier.OFFENDER)))
                .containsExactly("attendingSchool");
        assertThat(missing(Program.YOUTH_IN_SCHOOL, inSchoolYouth().attendingSchool(null)))
                .containsExactly("attendingSchool");
    }

    @Test
    void anInSchoolYouthNeedsFamilyIncomeWhenNothingElseShowsLowIncome() {
        assertThat(missing(Program.YOUTH_IN_SCHOOL, inSchoolYouth().publicAssistance(Set.of())))
                .containsExactly("familySize", "annualFamilyIncome");
    }

    @Test
    void aDislocatedWorkerWithoutACategoryIsNotMissingFactsButNotEligible() {
        assertThat(missing(Program.DISLOCATED_WORKER, adult())).isEmpty();
    }

    @Test
    void namesFollowTheOrderOfTheRecord() {
        EligibilityFactsBuilder facts =
                EligibilityFacts.builder().dislocatedWorkerCategory(5).militarySpouseLostEmploymentByRelocation(false);

        assertThat(missing(Program.DISLOCATED_WORKER, facts))
                .containsExactly(
                        "asOf",
                        "dateOfBirth",
                        "authorizedToWork",
                        "activeDutyMilitarySpouse",
                        "militarySpouseUnemployedOrUnderemployed");
    }

    @Test
    void evaluateRefusesAndNamesTheMissingFacts() {
        EligibilityFacts facts = adult().sex(Sex.MALE).authorizedToWork(null).build();

        assertThatThrownBy(() -> EligibilityRules.evaluate(Program.ADULT, facts, HHS_2025))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Adult eligibility needs facts that are not recorded: authorizedToWork,"
                        + " selectiveServiceRegistered");
    }
}
