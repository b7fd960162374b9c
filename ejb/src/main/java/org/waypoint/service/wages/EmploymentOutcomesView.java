package org.waypoint.service.wages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.participant.Program;

/** The first to fourth quarter after the exit of one exited enrollment. */
public record EmploymentOutcomesView(
        long enrollmentId, Program program, LocalDate exitDate, List<QuarterOutcome> quarters)
        implements Serializable {}
