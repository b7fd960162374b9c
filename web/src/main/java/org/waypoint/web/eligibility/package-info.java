/** The eligibility determination page. */
package org.waypoint.web.eligibility;
