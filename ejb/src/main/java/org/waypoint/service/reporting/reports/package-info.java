/**
 * The Reports menu's tables (issue 16): enrollments, exits, services, training and supportive-service
 * spending and caseload sizes for a report quarter within the caller's reach, the indicator tables,
 * and their export as CSV (Commons CSV), XLSX (Apache POI) and PDF (OpenPDF).
 */
package org.waypoint.service.reporting.reports;
