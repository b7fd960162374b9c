package org.waypoint.service.followup;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.waypoint.persistence.followup.FollowUpStatus;

/**
 * Staff closing a follow-up period before its end: as {@code UNREACHABLE} (after attempts that did
 * not reach the person) or {@code DECLINED}, with the reason (20 CFR 681.580: "recorded as such").
 *
 * @param version the period's version as loaded
 */
public record FollowUpCloseInput(FollowUpStatus status, @Size(max = 500) String reason, Long version)
        implements Serializable {}
