/** Writing and reading the audit trail. */
package org.waypoint.service.audit;
