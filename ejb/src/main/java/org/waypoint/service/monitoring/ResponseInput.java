package org.waypoint.service.monitoring;

/** The LWDA admin's answer to a finding; {@code version} the finding's version they loaded, if sent. */
public record ResponseInput(String response, Long version) {}
