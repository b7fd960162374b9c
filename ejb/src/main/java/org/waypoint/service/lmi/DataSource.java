package org.waypoint.service.lmi;

import java.io.Serializable;

/**
 * Where a group of figures comes from, for the "Sources" line under every profile.
 *
 * @param label what the figures are, e.g. "Projections and wages"
 * @param vintage publisher and release, e.g. "KYSTATS Occupational Outlook 2022-2032"
 * @param importedOn when Waypoint imported it, ISO date
 */
public record DataSource(String label, String vintage, String importedOn) implements Serializable {}
