package org.waypoint.service.lmi.imports;

/**
 * An O*NET occupation: what Waypoint shows a career seeker about a job. Several O*NET occupations
 * can share one SOC code (29-1141.01 to .04 are all Registered Nurses, 29-1141).
 *
 * @param onetSocCode e.g. "29-1141.01"
 * @param soc the SOC code it belongs to, e.g. "29-1141"
 */
public record OnetOccupation(String onetSocCode, String soc, String title, String description) {}
