/**
 * Reference data: states as policy profiles, LWDAs, counties, the ZIP-county crosswalk and career
 * center offices. An address resolves ZIP, then county, then LWDA.
 */
package org.waypoint.persistence.reference;
