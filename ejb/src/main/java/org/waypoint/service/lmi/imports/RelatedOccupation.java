package org.waypoint.service.lmi.imports;

/**
 * An occupation O*NET relates to another, for "occupations like this one": a career seeker whose
 * goal is out of reach is shown the related ones, in O*NET's order.
 *
 * @param relatednessTier "Primary-Short", "Primary-Long" or "Supplemental"
 * @param index O*NET's rank of the related occupation for this one, 1 = most related
 */
public record RelatedOccupation(String onetSocCode, String relatedOnetSocCode, String relatednessTier, int index) {}
