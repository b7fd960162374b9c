package org.waypoint.service.outcomes;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.persistence.outcomes.CredentialType;
import org.waypoint.persistence.outcomes.EvidenceKind;

/**
 * A credential as staff record it; the credential page and the API both bind it.
 *
 * @param enrollmentId the enrollment whose credential indicator it counts for; null: the
 *     participant's one enrollment that takes credentials, when there is exactly one
 * @param credentialType the PIRL 1800 type
 * @param name the credential as awarded ("Certified Nursing Assistant", "GED")
 * @param attainedOn the day it was attained (PIRL 1801)
 * @param evidenceKind the kind of document that shows it
 * @param evidenceDescription which document: title, issuer, number, where it is filed
 * @param trainingId the participant's training it came from, if any
 */
public record CredentialInput(
        Long enrollmentId,
        CredentialType credentialType,
        @Size(max = 200) String name,
        LocalDate attainedOn,
        EvidenceKind evidenceKind,
        @Size(max = 500) String evidenceDescription,
        Long trainingId,
        @Size(max = 2000) String note)
        implements Serializable {}
