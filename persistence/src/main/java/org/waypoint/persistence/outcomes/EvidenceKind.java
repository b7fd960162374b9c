package org.waypoint.persistence.outcomes;

/**
 * The document that shows a credential or skill gain was attained, as a monitor asks for it
 * (TEGL 23-19 on source documentation; a copy in the file or a record the state can check).
 */
public enum EvidenceKind {
    COPY_OF_CREDENTIAL,
    TRANSCRIPT,
    LICENSING_BOARD_RECORD,
    TEST_RESULTS,
    PROVIDER_RECORD,
    EMPLOYER_REPORT,
    OTHER;
}
