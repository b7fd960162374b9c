package org.waypoint.service.lmi.imports;

/**
 * One row of the HUD-USPS ZIP-county crosswalk: a ZIP code and one county it reaches.
 *
 * @param zip five digits
 * @param countyFips five digits: state FIPS and county FIPS
 */
public record ZipCounty(String zip, String countyFips) {}
