/** Eligibility: saved determinations and the dated low-income thresholds they use. */
package org.waypoint.persistence.eligibility;
