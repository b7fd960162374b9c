package org.waypoint.service.participant;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.TreeSet;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.Disclosure;
import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.persistence.participant.EmploymentStatus;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.PublicAssistance;
import org.waypoint.persistence.participant.Race;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.persistence.participant.SelectiveService;
import org.waypoint.persistence.participant.Sex;
import org.waypoint.persistence.participant.UnemploymentCompensation;

/**
 * A participant as pages and the API show it, fetched whole inside the service. The SSN appears
 * only masked (last four); the full number needs {@code ParticipantService.revealSsn}, which is audited.
 */
public record ParticipantView(
        Long id,
        String participantNumber,
        String firstName,
        String middleName,
        String lastName,
        LocalDate dateOfBirth,
        Sex sex,
        String ssnMasked,
        String street,
        String city,
        String addressState,
        String zip,
        String countyFips,
        String countyName,
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
        String lwdaName,
        String stateCode,
        Long officeId,
        String officeName,
        String caseManager,
        long version)
        implements Serializable {

    static ParticipantView of(Participant p) {
        return new ParticipantView(
                p.getId(),
                p.getParticipantNumber(),
                p.getFirstName(),
                p.getMiddleName(),
                p.getLastName(),
                p.getDateOfBirth(),
                p.getSex(),
                SsnRules.masked(p.getSsnLast4()),
                p.getStreet(),
                p.getCity(),
                p.getAddressState(),
                p.getZip(),
                p.getCounty() == null ? null : p.getCounty().getFips(),
                p.getCounty() == null ? null : p.getCounty().getName(),
                p.getPhone(),
                p.getEmail(),
                p.getPreferredLanguage(),
                p.getDisability(),
                p.getHispanic(),
                new TreeSet<>(p.getRaces()),
                p.getVeteran(),
                p.getEligibleSpouse(),
                p.getEmploymentStatus(),
                p.getUcStatus(),
                p.getHighestGrade(),
                p.getEducationLevel(),
                p.getSchoolStatus(),
                new TreeSet<>(p.getPublicAssistance()),
                p.getFamilySize(),
                p.getAnnualFamilyIncome(),
                new TreeSet<>(p.getBarriers()),
                p.getSelectiveService(),
                p.getAuthorizedToWork(),
                p.getLwda().getId(),
                p.getLwda().getName(),
                p.getLwda().getState().getCode(),
                p.getOffice() == null ? null : p.getOffice().getId(),
                p.getOffice() == null ? null : p.getOffice().getName(),
                p.getCaseManager() == null ? null : p.getCaseManager().getUsername(),
                p.getVersion());
    }

    public String fullName() {
        return firstName + (middleName == null || middleName.isBlank() ? "" : " " + middleName) + " " + lastName;
    }

    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The record with its current values as input, for an editor to change and save back. */
    public ParticipantInput toInput() {
        return new ParticipantInput(
                firstName,
                middleName,
                lastName,
                dateOfBirth,
                sex,
                null,
                street,
                city,
                addressState,
                zip,
                countyFips,
                phone,
                email,
                preferredLanguage,
                disability,
                hispanic,
                races,
                veteran,
                eligibleSpouse,
                employmentStatus,
                ucStatus,
                highestGrade,
                educationLevel,
                schoolStatus,
                publicAssistance,
                familySize,
                annualFamilyIncome,
                barriers,
                selectiveService,
                authorizedToWork,
                lwdaId,
                officeId,
                version);
    }
}
