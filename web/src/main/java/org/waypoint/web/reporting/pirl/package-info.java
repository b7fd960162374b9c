/**
 * The quarterly PIRL file's page (reports/pirl.xhtml), download and API (/api/v1/reports/pirl);
 * the work is in {@link org.waypoint.service.reporting.pirl}.
 */
package org.waypoint.web.reporting.pirl;
