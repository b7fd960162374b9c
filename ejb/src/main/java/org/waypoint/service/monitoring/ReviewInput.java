package org.waypoint.service.monitoring;

import java.time.LocalDate;

/**
 * A new compliance review: the LWDA, the period, the sample size (1-200) and, to draw a sample again,
 * its seed (generated when not given).
 */
public record ReviewInput(Long lwdaId, LocalDate from, LocalDate to, Integer sampleSize, Long seed) {}
