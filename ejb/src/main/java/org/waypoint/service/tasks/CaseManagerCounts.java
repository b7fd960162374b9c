package org.waypoint.service.tasks;

import java.io.Serializable;
import java.util.Map;

/** One case manager's counts per category (category name to count), for an LWDA admin's table. */
public record CaseManagerCounts(String username, String displayName, Map<String, Integer> counts, int total)
        implements Serializable {}
