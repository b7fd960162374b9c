package org.waypoint.service.exit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A planned gap in service as staff record it (TEGL 10-16, Change 1): first and last day, and why.
 * The page's dialog and the API both bind it.
 */
public record ServiceGapInput(LocalDate from, LocalDate to, String reason) implements Serializable {}
