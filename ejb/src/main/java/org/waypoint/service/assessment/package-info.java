/** The objective assessment: basic skills tests, the derived deficiency, and the narrative. */
package org.waypoint.service.assessment;
