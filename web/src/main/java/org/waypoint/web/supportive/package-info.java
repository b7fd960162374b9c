/**
 * Supportive-service pages and API (issue 14): participants/support.xhtml, the LWDA admin's
 * approvals/list.xhtml and admin/supportive-limits.xhtml, and the REST resources behind them.
 */
package org.waypoint.web.supportive;
