/** The audit trail: append-only rows of who created, changed, deleted or revealed what. */
package org.waypoint.persistence.audit;
