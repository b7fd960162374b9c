package org.waypoint.service.lmi.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.Text;
import org.waypoint.service.lmi.Area;
import org.waypoint.service.lmi.AreaType;

/** The plan's pathway steps as the editor writes them, in the staff member's language. */
class PathwayPlanTextTest {

    private static final Area BLUEGRASS = new Area("KY-bluegrass", "Bluegrass LWA", AreaType.LWA, "KY");

    @Test
    void aSteppingStoneAndTheGoalInEnglishAndSpanish() {
        CareerStep stone = new CareerStep(
                "29-2061",
                "Licensed Practical and Licensed Vocational Nurses",
                3,
                "Postsecondary nondegree award",
                null,
                52_250,
                120,
                RelatednessTier.PRIMARY_SHORT,
                false,
                Text.of(
                        "lmi.pathway.why.payRise",
                        "Registered Nurses",
                        Text.of(RelatednessTier.key(RelatednessTier.PRIMARY_SHORT))));
        CareerStep goal = new CareerStep(
                "29-1141",
                "Registered Nurses",
                4,
                null,
                null,
                80_000,
                null,
                RelatednessTier.PRIMARY_SHORT,
                true,
                Text.of("lmi.pathway.why.goal"));
        CareerPathway pathway = new CareerPathway(
                StartingPoint.occupation("31-1131", "Nursing Assistants", 3), BLUEGRASS, List.of(stone, goal));

        List<Text> lines = PathwayPlanText.lines(pathway);

        assertThat(lines.get(0).english())
                .isEqualTo(
                        "Work as Licensed Practical and Licensed Vocational Nurses (29-2061). Preparation: Job Zone 3"
                                + " (medium preparation), typically entered with: Postsecondary nondegree award. In Bluegrass"
                                + " LWA: median $52,250 a year, 120 openings a year. More pay than the step before for the"
                                + " same preparation, towards Registered Nurses; O*NET relates them (closely"
                                + " related, Primary-Short).");
        assertThat(lines.get(1).english())
                .isEqualTo("Goal: Registered Nurses (29-1141). Preparation: Job Zone 4 (considerable preparation). In"
                        + " Bluegrass LWA: median $80,000 a year; openings not published. The employment goal.");
        assertThat(lines.get(1).in(Locale.forLanguageTag("es")))
                .isEqualTo("Meta: Registered Nurses (29-1141). Preparación: zona de trabajo 4 (preparación"
                        + " considerable). En Bluegrass LWA: mediana de $80,000 al año; vacantes no publicadas. La"
                        + " meta de empleo.");
        assertThat(lines).allSatisfy(line -> assertThat(
                        line.in(Locale.forLanguageTag("es")).length())
                .isLessThanOrEqualTo(400));
    }
}
