package org.waypoint.service.exit;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A planned gap in service as staff record it (TEGL 10-16, Change 1): first and last day, and why.
 * The page's dialog and the API both bind it.
 */
public record ServiceGapInput(LocalDate from, LocalDate to, @Size(max = 500) String reason) implements Serializable {}
