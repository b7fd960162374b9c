/**
 * Program exit (20 CFR 677.150(c)): when a period of participation ends, decided from the services
 * delivered and planned. {@link org.waypoint.service.exit.ExitRule} is the rule as plain Java and
 * {@link org.waypoint.service.exit.ExitSql} the same rule set-based for the daily {@link
 * org.waypoint.service.exit.ExitJob}; staff record exits and planned gaps in service, and see the
 * enrollments whose exit approaches.
 */
package org.waypoint.service.exit;
