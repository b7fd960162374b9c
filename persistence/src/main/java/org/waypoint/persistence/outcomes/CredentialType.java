package org.waypoint.persistence.outcomes;

/**
 * The type of recognized credential as PIRL 1800 "Type of Recognized Credential" codes it (code 0,
 * "no recognized credential", is the absence of a record, not a type). A certificate of completion
 * of a Registered Apprenticeship or an industry-recognized certificate is an occupational
 * certificate (5); a certification awarded by an industry body after an exam is an occupational
 * certification (6).
 */
public enum CredentialType {
    SECONDARY_DIPLOMA(1),
    ASSOCIATE_DEGREE(2),
    BACHELOR_DEGREE(3),
    OCCUPATIONAL_LICENSURE(4),
    OCCUPATIONAL_CERTIFICATE(5),
    OCCUPATIONAL_CERTIFICATION(6),
    OTHER_RECOGNIZED(7);

    private final int pirlCode;

    CredentialType(int pirlCode) {
        this.pirlCode = pirlCode;
    }

    /** The PIRL 1800 code value. */
    public int pirlCode() {
        return pirlCode;
    }
}
