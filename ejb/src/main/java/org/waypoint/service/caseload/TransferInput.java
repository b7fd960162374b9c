package org.waypoint.service.caseload;

/** A transfer asked for: the participant, the receiving LWDA and why (the person moved). */
public record TransferInput(Long participantId, Long toLwdaId, String reason) implements java.io.Serializable {}
