/** The REST API of the performance indicators (issue 16): {@code GET /api/v1/reports/indicators} and its drill-down. */
package org.waypoint.web.api.reporting;
