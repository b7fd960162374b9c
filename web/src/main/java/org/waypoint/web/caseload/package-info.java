/**
 * Caseloads in the web module: the start page's figures (DashboardView), the caseload board
 * (caseloads/index.xhtml, CaseloadBoardView) and the caseloads and transfers API (issue 17).
 */
package org.waypoint.web.caseload;
