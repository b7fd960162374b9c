package org.waypoint.service.lmi;

import java.io.Serializable;
import org.waypoint.service.common.Text;

/**
 * Which figures exist for an area, said plainly beside them: staff in a state whose own files are
 * not imported (Georgia today) must not read national wages as their state's, nor take a missing
 * projection for a job without a future. Computed from the data by {@link AreaCoverages}.
 *
 * @param projections the area has employment projections and openings (KYSTATS publishes Kentucky
 *     and its LWAs; nothing is loaded for the nation or an OEWS area)
 * @param projectionSource their vintage, e.g. "KYSTATS Occupational Outlook 2022-2032"; null without
 * @param wages the area has wages of its own
 * @param wageSource their vintage, e.g. "BLS OEWS May 2024"; null without
 * @param homeState the state the career seeker (or the staff member) is in, e.g. "GA"; null when
 *     unknown or when it is the area's own state
 * @param homeStateName e.g. "Georgia"; null with {@code homeState}
 * @param homeStateFigures whether any figures of {@code homeState} are loaded (always true without one)
 * @param statement the sentence staff read, in their language
 */
public record AreaCoverage(
        String areaId,
        AreaType areaType,
        boolean projections,
        String projectionSource,
        boolean wages,
        String wageSource,
        String homeState,
        String homeStateName,
        boolean homeStateFigures,
        Text statement)
        implements Serializable {

    /** National wages only: what a Georgia participant sees until the state's files are imported. */
    public boolean nationalWagesOnly() {
        return areaType == AreaType.NATION && wages && !projections;
    }
}
