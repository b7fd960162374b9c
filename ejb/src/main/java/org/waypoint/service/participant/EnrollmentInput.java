package org.waypoint.service.participant;

import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.persistence.participant.Program;

/**
 * What staff give to enroll a participant in a program: the program, the date of program entry and
 * the office (empty: the participant's own office).
 */
public record EnrollmentInput(Program program, LocalDate entryDate, Long officeId) implements Serializable {}
