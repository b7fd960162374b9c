/**
 * The REST API's plumbing (JAX-RS under /waypoint/api/v1): the application, JSON-B, RFC 9457
 * problem+json errors and reading codes. Each feature's resources sit with its pages, in its own
 * package (org.waypoint.web.participant, .plan, .lmi, ...).
 */
package org.waypoint.web.api;
