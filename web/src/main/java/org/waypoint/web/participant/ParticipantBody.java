package org.waypoint.web.participant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.participant.ParticipantInput;
import org.waypoint.web.api.Codes;

/**
 * The JSON of POST and PUT /participants. Dates are ISO (YYYY-MM-DD), codes are the enum names the
 * README lists; every value that cannot be read is named in one 400 answer, not just the first.
 */
public class ParticipantBody {
    public String firstName;
    public String middleName;
    public String lastName;
    public String dateOfBirth;
    public String sex;
    public String ssn;
    public String street;
    public String city;
    public String addressState;
    public String zip;
    public String countyFips;
    public String phone;
    public String email;
    public String preferredLanguage;
    public String disability;
    public String hispanic;
    public List<String> races;
    public Boolean veteran;
    public Boolean eligibleSpouse;
    public String employmentStatus;
    public String ucStatus;
    public Integer highestGrade;
    public String educationLevel;
    public String schoolStatus;
    public List<String> publicAssistance;
    public Integer familySize;
    public BigDecimal annualFamilyIncome;
    public List<String> barriers;
    public String selectiveService;
    public Boolean authorizedToWork;
    public Long lwdaId;
    public Long officeId;
    public Long version;

    public ParticipantInput toInput() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate born = null;
        if (dateOfBirth == null || dateOfBirth.isBlank()) {
            errors.put("dateOfBirth", "Enter the date of birth.");
        } else {
            try {
                born = LocalDate.parse(dateOfBirth.trim());
            } catch (DateTimeParseException e) {
                errors.put("dateOfBirth", "Use the form YYYY-MM-DD.");
            }
        }
        ParticipantInput input = new ParticipantInput(
                firstName,
                middleName,
                lastName,
                born,
                Codes.code(errors, "sex", sex, Sex.class),
                ssn,
                street,
                city,
                addressState,
                zip,
                countyFips,
                phone,
                email,
                preferredLanguage,
                Codes.code(errors, "disability", disability, Disclosure.class),
                Codes.code(errors, "hispanic", hispanic, Disclosure.class),
                Codes.codes(errors, "races", races, Race.class),
                veteran,
                eligibleSpouse,
                Codes.code(errors, "employmentStatus", employmentStatus, EmploymentStatus.class),
                Codes.code(errors, "ucStatus", ucStatus, UnemploymentCompensation.class),
                highestGrade,
                Codes.code(errors, "educationLevel", educationLevel, EducationLevel.class),
                Codes.code(errors, "schoolStatus", schoolStatus, SchoolStatus.class),
                Codes.codes(errors, "publicAssistance", publicAssistance, PublicAssistance.class),
                familySize,
                annualFamilyIncome,
                Codes.codes(errors, "barriers", barriers, Barrier.class),
                Codes.code(errors, "selectiveService", selectiveService, SelectiveService.class),
                authorizedToWork,
                lwdaId,
                officeId,
                version);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input;
    }
}
