package org.waypoint.persistence.eligibility;

/**
 * Where an eligibility fact was verified, in the terms of DOL TEGL 23-19 (data element validation):
 * an electronic cross-match, a state MIS record, the participant's self-attestation, a case note,
 * or a copy of a source document.
 */
public enum FactSource {
    CROSS_MATCH,
    STATE_MIS,
    SELF_ATTESTATION,
    CASE_NOTE,
    SOURCE_DOCUMENT
}
