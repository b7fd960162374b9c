package org.waypoint.service.lmi;

/**
 * An occupation found by a search.
 *
 * @param soc NN-NNNN
 * @param title the occupation's title
 * @param matched the O*NET title that matched when it is not the SOC title ("Acute Care Nurses"
 *     for Registered Nurses), else null
 */
public record OccupationMatch(String soc, String title, String matched) {}
