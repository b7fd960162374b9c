package org.waypoint.service.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waypoint.service.lmi.Area;
import org.waypoint.service.lmi.AreaType;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.RelatedOccupationFigures;
import org.waypoint.service.lmi.Wages;

/** The career pathway drafted from the goal occupation's related occupations (Kentucky item 5). */
class CareerPathwaysTest {

    private static final Area BLUEGRASS = new Area("KY-bluegrass", "Bluegrass", AreaType.values()[0], "KY");

    @Test
    void lowerPaidRelatedOccupationsAreTheRungsLowestFirstAndTheGoalIsLast() {
        List<String> steps = CareerPathways.suggest(nurse(List.of(
                new RelatedOccupationFigures("29-2061", "Licensed Practical Nurses", "Primary-Short", 52_000, 310),
                new RelatedOccupationFigures("29-1171", "Nurse Practitioners", "Primary-Short", 120_000, 90),
                new RelatedOccupationFigures("31-1131", "Nursing Assistants", "Primary-Long", 33_000, null))));

        assertEquals(3, steps.size());
        assertEquals(
                "Work as Nursing Assistants (31-1131), a related occupation: median $33,000 a year.", steps.get(0));
        assertEquals(
                "Work as Licensed Practical Nurses (29-2061), a related occupation: median $52,000 a year, 310"
                        + " openings a year.",
                steps.get(1));
        assertEquals(
                "Goal: Registered Nurses (29-1141), typically entered with: bachelor's degree; median $78,000 a year"
                        + " in Bluegrass.",
                steps.get(2));
    }

    @Test
    void atMostTwoRungsAndNeverOneThatPaysMoreThanTheGoal() {
        List<String> steps = CareerPathways.suggest(nurse(List.of(
                new RelatedOccupationFigures("1", "A", "t", 30_000, 1),
                new RelatedOccupationFigures("2", "B", "t", 31_000, 1),
                new RelatedOccupationFigures("3", "C", "t", 32_000, 1),
                new RelatedOccupationFigures("4", "D", "t", 90_000, 1))));

        assertEquals(CareerPathways.MAX_STEPS + 1, steps.size());
        assertTrue(steps.stream().noneMatch(s -> s.contains("D (4)")));
    }

    @Test
    void withoutRelatedOccupationsThePathwayIsTheGoalAlone() {
        assertEquals(1, CareerPathways.suggest(nurse(List.of())).size());
    }

    private static OccupationProfile nurse(List<RelatedOccupationFigures> related) {
        return new OccupationProfile(
                "29-1141",
                "29-1141.00",
                "Registered Nurses",
                "Assess patient health problems.",
                BLUEGRASS,
                null,
                new Wages("OEWS", 80_000, 60_000, null, null, 78_000, null, null, 95_000, false),
                "Bachelor's degree",
                null,
                null,
                null,
                related,
                45_000,
                true,
                null,
                null,
                List.of());
    }
}
