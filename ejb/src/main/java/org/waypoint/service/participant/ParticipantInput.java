package org.waypoint.service.participant;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
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
        @NotBlank(message = "{waypoint.participant.firstName.required}") @Size(max = 60) String firstName,
        @Size(max = 60) String middleName,
        @NotBlank(message = "{waypoint.participant.lastName.required}") @Size(max = 60) String lastName,
        @NotNull(message = "{waypoint.participant.dateOfBirth.required}")
                @Past(message = "{waypoint.participant.dateOfBirth.past}")
                LocalDate dateOfBirth,
        Sex sex,
        @Size(max = 11) String ssn,
        @Size(max = 200) String street,
        @Size(max = 80) String city,
        @Size(max = 2) String addressState,
        @Size(max = 5) String zip,
        @Size(max = 5) String countyFips,
        @Size(max = 20) String phone,
        @Size(max = 200) String email,
        @Size(max = 40) String preferredLanguage,
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
        @DecimalMin(value = "0.00", message = "{waypoint.amount.negative}") @Digits(integer = 10, fraction = 2)
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
