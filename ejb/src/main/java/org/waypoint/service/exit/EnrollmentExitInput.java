package org.waypoint.service.exit;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.persistence.participant.ExitExclusion;

/**
 * An exit staff record for one enrollment; the page's dialog and the API both bind it.
 *
 * @param exitDate the exit date; empty: the last day of a service that counts (20 CFR 677.150(c))
 * @param exclusion the PIRL 923 reason that takes the exit out of performance, or null
 * @param note why the exit is recorded now rather than by the 90-day rule
 * @param version the enrollment's version as read
 */
public record EnrollmentExitInput(
        LocalDate exitDate, ExitExclusion exclusion, @Size(max = 500) String note, Long version)
        implements Serializable {}
