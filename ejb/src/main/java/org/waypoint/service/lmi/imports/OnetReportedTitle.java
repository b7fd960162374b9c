package org.waypoint.service.lmi.imports;

/**
 * A job title workers in the occupation reported, from "Sample of Reported Titles.txt"
 * ("Forklift Operator" for Industrial Truck and Tractor Operators).
 *
 * @param shownInMyNextMove whether O*NET's My Next Move shows it, i.e. one of the most common
 */
public record OnetReportedTitle(String onetSocCode, String title, boolean shownInMyNextMove) {}
