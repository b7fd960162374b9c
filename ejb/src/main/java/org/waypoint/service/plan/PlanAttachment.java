package org.waypoint.service.plan;

import java.io.Serializable;

/** A copy filed with a plan, as the plan's reuse section points to it. */
public record PlanAttachment(long id, String fileName, String mediaType, int sizeBytes) implements Serializable {}
