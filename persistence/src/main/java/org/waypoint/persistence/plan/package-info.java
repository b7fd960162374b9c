/**
 * Plans (IEP and ISS) as stored: the plan, its numbered versions holding the whole plan document,
 * the signatures that freeze a version, and the reviews. The document's model and rules are in
 * org.waypoint.service.plan.
 */
package org.waypoint.persistence.plan;
