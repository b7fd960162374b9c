/** The objective assessment: basic skills tests and the assessment narrative. */
package org.waypoint.persistence.assessment;
