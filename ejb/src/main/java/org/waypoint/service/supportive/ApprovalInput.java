package org.waypoint.service.supportive;

import jakarta.validation.constraints.Size;

/**
 * An LWDA admin's decision on a supportive service above the limit; the page and the API bind it.
 *
 * @param approve true approves, false denies
 * @param reason why, shown to the case manager (required either way)
 * @param version the version of the request loaded (optimistic locking)
 */
public record ApprovalInput(boolean approve, @Size(max = 500) String reason, Long version)
        implements java.io.Serializable {}
