package org.waypoint.service.plan;

/**
 * A plan document to hand out: the signed original as filed, or a draft printed on request.
 *
 * @param original true for the stored PDF of a signed version
 */
public record PlanFile(String fileName, String mediaType, byte[] content, String sha256, boolean original) {}
