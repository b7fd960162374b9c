package org.waypoint.persistence.followup;

/**
 * How employment learned at a follow-up contact was verified: the supplemental sources of TEGL
 * 23-19 (pay stub, the employer, a UI wage record, or the exiter's self-attestation).
 */
public enum EmploymentVerification {
    PAY_STUB,
    EMPLOYER,
    UI_WAGE_RECORD,
    SELF_ATTESTATION
}
