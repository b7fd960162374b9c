/**
 * Reference data: states as policy profiles, LWDAs (with their Individual Training Account cap),
 * counties, the ZIP-county crosswalk and career center offices; and what a plan picks from, the
 * target industry sectors of the state and local plans and the Eligible Training Provider List; and
 * each state's service catalog, the activity codes services are recorded with. An address resolves
 * ZIP, then county, then LWDA.
 */
package org.waypoint.persistence.reference;
