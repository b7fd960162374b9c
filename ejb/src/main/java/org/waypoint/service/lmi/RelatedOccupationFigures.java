package org.waypoint.service.lmi;

import java.io.Serializable;

/**
 * An occupation O*NET relates to the one profiled, with its own figures in the same area: the
 * career-pathway view ("what else could I do with these skills, and what does it pay here?").
 *
 * @param tier O*NET's relatedness tier: "Primary-Short", "Primary-Long" or "Supplemental"
 */
public record RelatedOccupationFigures(
        String soc, String title, String tier, Integer medianAnnualWage, Integer annualOpenings)
        implements Serializable {}
