package org.waypoint.service.participant;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.persistence.participant.EmploymentStatus;
import org.waypoint.persistence.participant.PublicAssistance;
import org.waypoint.persistence.participant.SchoolStatus;

/**
 * A correction of an enrollment's characteristics at entry (what was true on the entry date, for
 * federal reporting), with its reason and the enrollment's version as read.
 */
public record EntryCorrectionInput(
        EmploymentStatus employmentStatus,
        EducationLevel educationLevel,
        SchoolStatus schoolStatus,
        Set<Barrier> barriers,
        Set<PublicAssistance> publicAssistance,
        @Size(max = 500) String reason,
        Long version)
        implements Serializable {}
