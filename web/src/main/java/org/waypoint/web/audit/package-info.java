/** The audit trail page for administrators and monitors. */
package org.waypoint.web.audit;
