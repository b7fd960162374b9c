package org.waypoint.service.reporting.indicators;

import java.io.Serializable;
import java.util.List;
import org.waypoint.service.common.Text;

/**
 * The participants behind one figure, at most {@link IndicatorService#DRILL_DOWN_ROWS} of them
 * (by name); {@code total} is the whole cohort of the group.
 */
public record DrillDown(
        Indicator indicator,
        String quarter,
        String window,
        String groupLabel,
        long total,
        List<IndicatorParticipant> rows)
        implements Serializable {

    /** The group's label in the page's language (issue 19); {@code groupLabel} stays English for the API. */
    public Text groupLabelText() {
        return IndicatorRow.text(groupLabel);
    }

    /** The cohort window in the page's language ("2024 Q4 to 2025 Q3"); {@code window} stays English. */
    public Text windowText() {
        if (window == null) {
            return null;
        }
        int to = window.indexOf(" to ");
        return to < 0
                ? Text.literal(window)
                : Text.of("reporting.window", window.substring(0, to), window.substring(to + 4));
    }
}
