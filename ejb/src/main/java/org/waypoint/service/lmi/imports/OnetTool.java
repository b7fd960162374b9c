package org.waypoint.service.lmi.imports;

/**
 * A tool used in the occupation, from "Tools Used.txt": the example ("Dental mirrors") and the
 * UNSPSC commodity it belongs to.
 */
public record OnetTool(String onetSocCode, String example, String commodityCode, String commodityTitle) {}
