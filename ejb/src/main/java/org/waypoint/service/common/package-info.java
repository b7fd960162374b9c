/** What every service shares: the application exceptions that pages and the REST API translate. */
package org.waypoint.service.common;
