/** The REST API (JAX-RS) under /waypoint/api/v1, with RFC 9457 problem+json errors. */
package org.waypoint.web.api;
