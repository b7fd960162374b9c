package org.waypoint.service.caseload;

import jakarta.validation.constraints.Size;

/** A transfer asked for: the participant, the receiving LWDA and why (the person moved). */
public record TransferInput(Long participantId, Long toLwdaId, @Size(max = 500) String reason)
        implements java.io.Serializable {}
