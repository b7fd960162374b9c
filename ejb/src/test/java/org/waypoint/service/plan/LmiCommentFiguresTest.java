package org.waypoint.service.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.plan.LmiCommentFigures.Figure;

/** Kentucky 24-003 Attachment A (TIP): the four figures of the LMI comment, in the comment's own words. */
class LmiCommentFiguresTest {

    @Test
    @DisplayName("Kentucky 24-003 Attachment A: Waypoint's own comment has all four figures")
    void waypointsCommentHasAllFour() {
        assertThat(LmiCommentFigures.missing("Dental Assistants; Bluegrass avg. annually $39,647, avg. hourly $19.06,"
                        + " projected annual openings 127, projected growth 9.2% (KYSTATS 2022-2032)"))
                .isEmpty();
    }

    @Test
    void aCommentStaffWroteCountsToo() {
        assertThat(LmiCommentFigures.missing("Dental assistants in Lexington: about $41,420 a year or $19.92 an hour.\n"
                        + "460 openings per year statewide; growth 11 percent."))
                .isEmpty();
    }

    @Test
    @DisplayName("Kentucky 24-003 Attachment A: \"not published\" is not a figure; the guidance's example lacks two")
    void notPublishedAndTheGuidancesTypoedExampleLackFigures() {
        assertThat(LmiCommentFigures.missing("Dental Assistants; Bluegrass avg. annually not published, avg. hourly not"
                        + " published, projected annual openings 127, projected growth 9.2%"))
                .containsExactly(Figure.ANNUAL_WAGE, Figure.HOURLY_WAGE);
        assertThat(LmiCommentFigures.missing("Dental Assistants; Lexington-Fayette area avg. Annually 41,420, avg. July"
                        + " 19.92, projected. Growth annually of 460 is projected. growth percentage 11%"))
                .containsExactly(Figure.HOURLY_WAGE, Figure.ANNUAL_OPENINGS);
        assertThat(LmiCommentFigures.missing(null)).containsExactly(Figure.values());
    }
}
