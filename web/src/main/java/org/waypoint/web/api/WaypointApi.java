package org.waypoint.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API for the agency's other systems, version 1, at /waypoint/api/v1. It uses the same
 * staff accounts (HTTP Basic over TLS) and the same service-layer authorization as the pages.
 */
@ApplicationPath("/api/v1")
public class WaypointApi extends Application {}
