package org.waypoint.service.lmi.imports;

/**
 * Another name an occupation goes by, from "Alternate Titles.txt" ("Certified Phlebotomist" for
 * Phlebotomists), with O*NET's short form where it gives one ("HVAC Engineer").
 *
 * @param shortTitle null where O*NET writes "n/a"
 */
public record OnetAlternateTitle(String onetSocCode, String title, String shortTitle) {}
