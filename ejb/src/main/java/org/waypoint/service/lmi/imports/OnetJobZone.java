package org.waypoint.service.lmi.imports;

/**
 * How much preparation an occupation needs, O*NET's Job Zone (1 little or none, 2 some, 3 medium,
 * 4 considerable, 5 extensive), from "Job Zones.txt".
 *
 * @param jobZone 1 to 5
 */
public record OnetJobZone(String onetSocCode, int jobZone) {}
