package org.waypoint.service.participant;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.Disclosure;
import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.persistence.participant.EmploymentStatus;
import org.waypoint.persistence.participant.PublicAssistance;
import org.waypoint.persistence.participant.Race;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.persistence.participant.SelectiveService;
import org.waypoint.persistence.participant.Sex;
import org.waypoint.persistence.participant.UnemploymentCompensation;

/**
 * What staff type to register or correct a participant. {@code lwdaId} may be left empty (the
 * caller's LWDA, or the LWDA of the address's county, is used); {@code ssn} empty on a correction
 * keeps the stored one; {@code version} is the one the editor loaded, for optimistic locking.
 */
public record ParticipantInput(
        String firstName,
        String middleName,
        String lastName,
        LocalDate dateOfBirth,
        Sex sex,
        String ssn,
        String street,
        String city,
        String addressState,
        String zip,
        String countyFips,
        String phone,
        String email,
        String preferredLanguage,
        Disclosure disability,
        Disclosure hispanic,
        Set<Race> races,
        Boolean veteran,
        Boolean eligibleSpouse,
        EmploymentStatus employmentStatus,
        UnemploymentCompensation ucStatus,
        Integer highestGrade,
        EducationLevel educationLevel,
        SchoolStatus schoolStatus,
        Set<PublicAssistance> publicAssistance,
        Integer familySize,
        BigDecimal annualFamilyIncome,
        Set<Barrier> barriers,
        SelectiveService selectiveService,
        Boolean authorizedToWork,
        Long lwdaId,
        Long officeId,
        Long version)
        implements Serializable {

    /** The few fields a quick registration needs; the rest can follow. */
    public static ParticipantInput basic(
            String firstName, String lastName, LocalDate dateOfBirth, Long lwdaId, Long version) {
        return new ParticipantInput(
                firstName,
                null,
                lastName,
                dateOfBirth,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                lwdaId,
                null,
                version);
    }
}
