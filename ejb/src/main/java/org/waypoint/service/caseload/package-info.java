/** Caseloads: what each staff member has to work on, counted within their reach. */
package org.waypoint.service.caseload;
