package org.waypoint.service.monitoring;

import jakarta.validation.constraints.Size;

/** The LWDA admin's answer to a finding; {@code version} the finding's version they loaded, if sent. */
public record ResponseInput(@Size(max = 4000) String response, Long version) {}
