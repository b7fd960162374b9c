package org.waypoint.service.followup;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A follow-up service given at a contact (20 CFR 680.150(b), 681.460(a)(9)): a code of the state's
 * catalog in the follow-up category and the day it was given; saved as a completed service record
 * of the period's enrollment.
 */
public record FollowUpServiceInput(Long serviceCodeId, LocalDate serviceDate, @Size(max = 2000) String note)
        implements Serializable {}
