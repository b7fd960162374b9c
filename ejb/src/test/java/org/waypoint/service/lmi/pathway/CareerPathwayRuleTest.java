package org.waypoint.service.lmi.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.service.lmi.pathway.RelatednessTier.PRIMARY_LONG;
import static org.waypoint.service.lmi.pathway.RelatednessTier.PRIMARY_SHORT;
import static org.waypoint.service.lmi.pathway.RelatednessTier.SUPPLEMENTAL;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.Text;

/**
 * The career pathway rule (Kentucky 24-003, IEP must-include item 5), case by case on made-up
 * occupations: G is the goal, S stepping stones, X the occupation the career seeker starts from.
 */
class CareerPathwayRuleTest {

    private static final StartingPoint ZONE_1 = StartingPoint.jobZone(1, Text.of("lmi.pathway.start.default"));

    private static List<String> socs(List<CareerStep> steps) {
        return steps.stream().map(CareerStep::soc).toList();
    }

    @Test
    void aGoalWithNothingRelatedIsTheOnlyStep() {
        FakeOccupations data = new FakeOccupations().occupation("G", "Goal", 3, 40_000, 100);

        List<CareerStep> steps = new CareerPathwayRule(data).steps(ZONE_1, "G");

        assertThat(socs(steps)).containsExactly("G");
        assertThat(steps.get(0).goal()).isTrue();
        assertThat(steps.get(0).explanation().english()).isEqualTo("The employment goal.");
        assertThat(steps.get(0).jobZoneName().english()).isEqualTo("Job Zone Three: Medium Preparation Needed");
    }

    @Test
    void noCardiologistsForDentalAssistants_noStoneAtOrAboveTheGoalsZone() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Dental Assistants", 3, 42_000, 100)
                .occupation("C", "Cardiologists", 5, 400_000, 10)
                .occupation("H", "Dental Hygienists", 3, 80_000, 50)
                .occupation("S", "Medical Secretaries", 2, 38_000, 200)
                .link("G", "C", PRIMARY_SHORT, 1)
                .link("G", "H", PRIMARY_SHORT, 2)
                .link("G", "S", PRIMARY_LONG, 3);

        List<CareerStep> steps = new CareerPathwayRule(data).steps(ZONE_1, "G");

        assertThat(socs(steps)).containsExactly("S", "G");
        assertThat(steps.get(0).explanation().english())
                .isEqualTo("A step up in preparation towards Dental Assistants; O*NET relates them (related,"
                        + " Primary-Long).");
        assertThat(steps.get(1).explanation().english())
                .isEqualTo("The employment goal: O*NET relates it to Medical Secretaries (related, Primary-Long).");
        assertThat(steps.get(1).tier()).isEqualTo(PRIMARY_LONG);
    }

    @Test
    void aGoalWithoutAJobZoneHasNoSteppingStones() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Goal", null, 40_000, 100)
                .occupation("S", "Stone", 1, 30_000, 100)
                .link("G", "S", PRIMARY_SHORT, 1);

        assertThat(socs(new CareerPathwayRule(data).steps(ZONE_1, "G"))).containsExactly("G");
    }

    @Test
    void fromJobZoneOneToAZoneFourGoalClimbsOneZoneAtATime() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Goal", 4, 80_000, 100)
                .occupation("S3", "Three", 3, 55_000, 100)
                .occupation("S2", "Two", 2, 35_000, 100)
                .occupation("S1", "One", 1, 25_000, 100)
                .link("G", "S3", PRIMARY_SHORT, 1)
                .link("S3", "S2", PRIMARY_SHORT, 1)
                .link("S2", "S1", PRIMARY_SHORT, 1)
                .link("G", "S2", PRIMARY_SHORT, 2);

        List<CareerStep> steps = new CareerPathwayRule(data).steps(ZONE_1, "G");

        // S1 is in the start's own zone: a job the career seeker can already do is no step up
        assertThat(socs(steps)).containsExactly("S2", "S3", "G");
        assertThat(steps).extracting(CareerStep::jobZone).containsExactly(2, 3, 4);
    }

    @Test
    void fromANursingAssistantToRegisteredNursesThroughPracticalNursing() {
        FakeOccupations data = new FakeOccupations()
                .occupation("RN", "Registered Nurses", 4, 80_000, 900)
                .occupation("LPN", "Licensed Practical Nurses", 3, 52_000, 300)
                .occupation("NA", "Nursing Assistants", 3, 33_000, 800)
                .occupation("PA", "Paramedics", 3, 45_000, 100)
                .link("RN", "LPN", PRIMARY_SHORT, 1)
                .link("RN", "NA", PRIMARY_SHORT, 4)
                .link("NA", "LPN", PRIMARY_SHORT, 2)
                .link("NA", "PA", PRIMARY_SHORT, 3)
                .link("PA", "LPN", PRIMARY_SHORT, 2);
        StartingPoint nursingAssistant = StartingPoint.occupation("NA", "Nursing Assistants", 3);

        List<CareerStep> steps = new CareerPathwayRule(data).steps(nursingAssistant, "RN");

        // one stone per Job Zone: not Paramedics then LPN, both zone 3
        assertThat(socs(steps)).containsExactly("LPN", "RN");
        assertThat(steps.get(0).explanation().english())
                .startsWith("More pay than the step before for the same preparation, towards Registered Nurses;");
    }

    @Test
    void noSteppingStoneBelowTheStartsZone() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Goal", 4, 80_000, 100)
                .occupation("S1", "Low", 1, 25_000, 100)
                .link("G", "S1", PRIMARY_SHORT, 1);
        StartingPoint bachelorish = StartingPoint.jobZone(3, Text.of("lmi.pathway.start.default"));

        assertThat(socs(new CareerPathwayRule(data).steps(bachelorish, "G"))).containsExactly("G");
    }

    @Test
    void aStoneThatPaysMoreThanTheGoalIsLeftOut() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Goal", 3, 40_000, 100)
                .occupation("S", "Pays more", 2, 50_000, 100)
                .link("G", "S", PRIMARY_SHORT, 1);

        assertThat(socs(new CareerPathwayRule(data).steps(ZONE_1, "G"))).containsExactly("G");
    }

    @Test
    void aCareerChangerWhoEarnsMoreNowStillGetsTheGoal_theOnlyWay() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Goal", 3, 40_000, 100)
                .occupation("X", "Truck drivers", 2, 55_000, 100)
                .occupation("S", "Stone", 2, 35_000, 100)
                .link("G", "S", PRIMARY_SHORT, 1)
                .link("X", "S", PRIMARY_SHORT, 1);

        List<CareerStep> steps =
                new CareerPathwayRule(data).steps(StartingPoint.occupation("X", "Truck drivers", 2), "G");

        // S is related to the truck driving but needs no more preparation and pays less: no step up
        assertThat(socs(steps)).containsExactly("G");
    }

    @Test
    void primaryTiersComeBeforeAHigherWage() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Goal", 3, 60_000, 100)
                .occupation("LOOSE", "Loose", 2, 50_000, 100)
                .occupation("CLOSE", "Close", 2, 30_000, 100)
                .link("G", "LOOSE", SUPPLEMENTAL, 11)
                .link("G", "CLOSE", PRIMARY_LONG, 7);

        assertThat(socs(new CareerPathwayRule(data).steps(ZONE_1, "G"))).containsExactly("CLOSE", "G");
    }

    @Test
    void withinATierTheHigherWageThenTheMoreOpenings() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Goal", 3, 60_000, 100)
                .occupation("A", "A", 2, 30_000, 500)
                .occupation("B", "B", 2, 40_000, 10)
                .occupation("C", "C", 2, 40_000, 90)
                .link("G", "A", PRIMARY_SHORT, 1)
                .link("G", "B", PRIMARY_SHORT, 2)
                .link("G", "C", PRIMARY_SHORT, 3);

        assertThat(socs(new CareerPathwayRule(data).steps(ZONE_1, "G"))).containsExactly("C", "G");
    }

    @Test
    void theFirstStepIsOneTheStartOccupationLeadsTo() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Goal", 4, 80_000, 100)
                .occupation("X", "Now", 2, 30_000, 100)
                .occupation("A", "Unrelated to now", 3, 60_000, 900)
                .occupation("B", "Related to now", 3, 45_000, 10)
                .link("G", "A", PRIMARY_SHORT, 1)
                .link("G", "B", PRIMARY_LONG, 6)
                .link("X", "B", SUPPLEMENTAL, 12);

        List<CareerStep> steps = new CareerPathwayRule(data).steps(StartingPoint.occupation("X", "Now", 2), "G");

        assertThat(socs(steps)).containsExactly("B", "G");
    }

    @Test
    void atMostThreeSteppingStonesAndNeverTwoInOneZone() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Goal", 5, 150_000, 100)
                .occupation("S4", "Four", 4, 90_000, 100)
                .occupation("S3", "Three", 3, 60_000, 100)
                .occupation("S3b", "Three b", 3, 70_000, 100)
                .occupation("S2", "Two", 2, 40_000, 100)
                .occupation("S1", "One", 1, 30_000, 100)
                .link("G", "S4", PRIMARY_SHORT, 1)
                .link("S4", "S3b", PRIMARY_SHORT, 1)
                .link("S3b", "S3", PRIMARY_SHORT, 1)
                .link("S4", "S3", PRIMARY_SHORT, 2)
                .link("S3", "S2", PRIMARY_SHORT, 1)
                .link("S2", "S1", PRIMARY_SHORT, 1);

        List<CareerStep> steps = new CareerPathwayRule(data).steps(ZONE_1, "G");

        assertThat(steps).hasSizeLessThanOrEqualTo(CareerPathwayRule.MAX_STEPPING_STONES + 1);
        assertThat(socs(steps)).containsExactly("S2", "S3", "S4", "G");
    }

    @Test
    void theExplanationsReadInSpanish() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Dental Assistants", 3, 42_000, 100)
                .occupation("S", "Medical Secretaries", 2, 38_000, 200)
                .link("G", "S", PRIMARY_SHORT, 1);

        List<CareerStep> steps = new CareerPathwayRule(data).steps(ZONE_1, "G");

        assertThat(steps.get(0).explanation().in(Locale.forLanguageTag("es")))
                .isEqualTo("Un paso más de preparación hacia Dental Assistants; O*NET las relaciona (estrechamente"
                        + " relacionadas, Primary-Short).");
        assertThat(steps.get(0).jobZoneName().in(Locale.forLanguageTag("es")))
                .isEqualTo("Zona de trabajo dos: se necesita algo de preparación");
    }

    @Test
    void aResidualAllOtherOccupationIsNoSteppingStone() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Dental Assistants", 3, 42_000, 100)
                .occupation("O", "Healthcare Support Workers, All Other", 2, 40_000, 100)
                .link("G", "O", PRIMARY_SHORT, 1);

        assertThat(socs(new CareerPathwayRule(data).steps(ZONE_1, "G"))).containsExactly("G");
    }

    @Test
    void theStoneNearestTheGoalPayingMoreWinsOverMoreInTotal() {
        FakeOccupations data = new FakeOccupations()
                .occupation("G", "Goal", 4, 80_000, 100)
                .occupation("A2", "A two", 2, 45_000, 10)
                .occupation("A3", "A three", 3, 50_000, 10)
                .occupation("B2", "B two", 2, null, 10)
                .occupation("B3", "B three", 3, 55_000, 10)
                .link("G", "A3", PRIMARY_SHORT, 1)
                .link("A3", "A2", PRIMARY_SHORT, 1)
                .link("G", "B3", PRIMARY_SHORT, 2)
                .link("B3", "B2", PRIMARY_SHORT, 1);

        assertThat(socs(new CareerPathwayRule(data).steps(ZONE_1, "G"))).containsExactly("B2", "B3", "G");
    }
}
