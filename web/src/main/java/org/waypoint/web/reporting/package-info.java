/**
 * The Reports menu's pages (issue 16): reports/indicators.xhtml (the primary indicators with charts,
 * trend and breakdowns), reports/participants.xhtml (the participants behind a figure),
 * reports/activity.xhtml (enrollments, exits, services, spending, caseloads), and the export of
 * every table as CSV, XLSX or PDF at /reports/export.
 */
package org.waypoint.web.reporting;
