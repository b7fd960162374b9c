package org.waypoint.persistence.caseload;

/** Where a transfer stands: asked by the sending LWDA, then accepted or declined by the receiving one. */
public enum TransferStatus {
    PENDING,
    ACCEPTED,
    DECLINED
}
