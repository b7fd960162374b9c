/** The assessment tab of the participant page. */
package org.waypoint.web.assessment;
