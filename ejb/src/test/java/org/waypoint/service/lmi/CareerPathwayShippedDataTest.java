package org.waypoint.service.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.Text;
import org.waypoint.service.lmi.pathway.CareerPathwayRule;
import org.waypoint.service.lmi.pathway.CareerStep;
import org.waypoint.service.lmi.pathway.LmiPathwayOccupations;
import org.waypoint.service.lmi.pathway.StartingPoint;

/**
 * The career pathway rule on the data Waypoint ships (O*NET 29.2, KYSTATS, BLS OEWS): sensible
 * paths for the occupations the Kentucky guidance's examples name.
 */
class CareerPathwayShippedDataTest {

    private static LmiDatabase db;
    private static LmiData data;
    private static OccupationProfiles profiles;

    @BeforeAll
    static void importEverythingShipped() throws Exception {
        db = new LmiDatabase();
        db.importEverythingShipped();
        data = db.data();
        profiles = new OccupationProfiles(data);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static List<CareerStep> steps(StartingPoint start, String goal, String area) {
        return new CareerPathwayRule(new LmiPathwayOccupations(data, profiles, area)).steps(start, goal);
    }

    private static StartingPoint zone(int zone) {
        return StartingPoint.jobZone(zone, Text.of("lmi.pathway.start.default"));
    }

    private static StartingPoint occupation(String soc, String area) {
        LmiPathwayOccupations occupations = new LmiPathwayOccupations(data, profiles, area);
        return StartingPoint.occupation(
                soc,
                occupations.title(soc).orElseThrow(),
                occupations.jobZone(soc).orElse(null));
    }

    @Test
    void dentalAssistants_noStepInJobZoneFiveNorAboveTheGoal_andTheGoalLast() {
        for (int start = 1; start <= 5; start++) {
            List<CareerStep> steps = steps(zone(start), "31-9091", "KY-bluegrass");

            CareerStep goal = steps.get(steps.size() - 1);
            assertThat(goal.soc()).isEqualTo("31-9091");
            assertThat(goal.goal()).isTrue();
            assertThat(goal.jobZone()).isEqualTo(3);
            assertThat(steps).allSatisfy(step -> assertThat(step.jobZone()).isLessThanOrEqualTo(3));
            assertThat(steps.subList(0, steps.size() - 1))
                    .allSatisfy(step -> assertThat(step.jobZone()).isLessThan(3));
            assertThat(steps).hasSizeLessThanOrEqualTo(CareerPathwayRule.MAX_STEPPING_STONES + 1);
        }
    }

    @Test
    void dentalAssistantsFromJobZoneOneClimbThroughZoneTwo() {
        List<CareerStep> steps = steps(zone(1), "31-9091", "KY-bluegrass");

        assertThat(steps).extracting(CareerStep::jobZone).containsExactly(2, 3);
        assertThat(steps.get(0).medianAnnualWage()).isLessThan(steps.get(1).medianAnnualWage());
        assertThat(steps.get(1).typicalEducation()).isEqualTo("Postsecondary nondegree award");
        assertThat(steps.get(1).medianAnnualWage()).isEqualTo(38758);
        assertThat(steps.get(1).annualOpenings()).isEqualTo(127);
    }

    @Test
    void registeredNursesFromNursingAssistantsGoThroughPracticalNursing() {
        List<CareerStep> steps = steps(occupation("31-1131", "KY-bluegrass"), "29-1141", "KY-bluegrass");

        assertThat(steps)
                .extracting(CareerStep::soc)
                .containsExactly("29-2061", "29-1141"); // Licensed Practical Nurses, then the goal
        assertThat(steps.get(0).tier()).isEqualTo("Primary-Short");
        assertThat(steps.get(0).explanation().english())
                .isEqualTo("More pay than the step before for the same preparation, towards Registered Nurses; O*NET"
                        + " relates them (closely related, Primary-Short).");
    }

    @Test
    void registeredNursesFromJobZoneOneClimbZoneByZone() {
        List<CareerStep> steps = steps(zone(1), "29-1141", "KY-bluegrass");

        assertThat(steps).extracting(CareerStep::jobZone).containsExactly(2, 3, 4);
        assertThat(steps).extracting(CareerStep::soc).contains("29-2061");
    }

    @Test
    void fromJobZoneOneToAZoneThreeGoalClimbs() {
        // Electricians (47-2111), Job Zone 3: a helper's job first
        List<CareerStep> steps = steps(zone(1), "47-2111", "KY-bluegrass");

        assertThat(steps).extracting(CareerStep::soc).containsExactly("47-3013", "47-2111");
        assertThat(steps).extracting(CareerStep::jobZone).containsExactly(2, 3);
    }

    @Test
    void aGoalWithNoO_netDataIsTheOnlyStep() {
        // Buyers and Purchasing Agents (13-1020) is a KYSTATS group O*NET does not describe
        List<CareerStep> steps = steps(zone(1), "13-1020", "KY");

        assertThat(steps).extracting(CareerStep::soc).containsExactly("13-1020");
        assertThat(steps.get(0).jobZone()).isNull();
        assertThat(steps.get(0).explanation().english()).isEqualTo("The employment goal.");
    }

    @Test
    void noGoalEverGetsASteppingStoneAtOrAboveItsZone() {
        LmiPathwayOccupations occupations = new LmiPathwayOccupations(data, profiles, "KY");
        for (String soc : List.of("31-9091", "29-1141", "29-2061", "47-2111", "53-3032", "15-1252", "43-4051")) {
            int goalZone = occupations.jobZone(soc).orElseThrow();
            List<CareerStep> steps = new CareerPathwayRule(occupations).steps(zone(1), soc);
            assertThat(steps.subList(0, steps.size() - 1)).as(soc).allSatisfy(step -> assertThat(step.jobZone())
                    .isLessThan(goalZone));
            assertThat(steps.get(steps.size() - 1).soc()).isEqualTo(soc);
        }
    }
}
