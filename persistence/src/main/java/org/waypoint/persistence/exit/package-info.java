/**
 * Program exit (20 CFR 677.150(c)): the planned gaps in service that hold the exit clock, and the
 * runs of the daily exit job with the enrollments each exited.
 */
package org.waypoint.persistence.exit;
