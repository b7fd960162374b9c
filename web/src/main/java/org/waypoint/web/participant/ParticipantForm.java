package org.waypoint.web.participant;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import org.waypoint.service.participant.ParticipantInput;
import org.waypoint.service.participant.ParticipantView;

/**
 * What the participant form holds while staff type: one mutable bean shared by the registration
 * and the participant page (participants/form.xhtml), so nothing typed is lost when a save is
 * refused. The SSN field is always empty when a record is loaded: the stored one is never sent
 * back to the browser.
 */
public class ParticipantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String middleName;
    private String lastName;
    private LocalDate dateOfBirth;
    private Sex sex;
    private String ssn;
    private String street;
    private String city;
    private String addressState;
    private String zip;
    private String countyFips;
    private String phone;
    private String email;
    private String preferredLanguage;
    private Disclosure disability;
    private Disclosure hispanic;
    private List<Race> races = new ArrayList<>();
    private Boolean veteran;
    private Boolean eligibleSpouse;
    private EmploymentStatus employmentStatus;
    private UnemploymentCompensation ucStatus;
    private Integer highestGrade;
    private EducationLevel educationLevel;
    private SchoolStatus schoolStatus;
    private List<PublicAssistance> publicAssistance = new ArrayList<>();
    private Integer familySize;
    private BigDecimal annualFamilyIncome;
    private List<Barrier> barriers = new ArrayList<>();
    private SelectiveService selectiveService;
    private Boolean authorizedToWork;
    private Long lwdaId;
    private Long officeId;

    public static ParticipantForm of(ParticipantView v) {
        ParticipantForm f = new ParticipantForm();
        f.firstName = v.firstName();
        f.middleName = v.middleName();
        f.lastName = v.lastName();
        f.dateOfBirth = v.dateOfBirth();
        f.sex = v.sex();
        f.street = v.street();
        f.city = v.city();
        f.addressState = v.addressState();
        f.zip = v.zip();
        f.countyFips = v.countyFips();
        f.phone = v.phone();
        f.email = v.email();
        f.preferredLanguage = v.preferredLanguage();
        f.disability = v.disability();
        f.hispanic = v.hispanic();
        f.races = new ArrayList<>(v.races());
        f.veteran = v.veteran();
        f.eligibleSpouse = v.eligibleSpouse();
        f.employmentStatus = v.employmentStatus();
        f.ucStatus = v.ucStatus();
        f.highestGrade = v.highestGrade();
        f.educationLevel = v.educationLevel();
        f.schoolStatus = v.schoolStatus();
        f.publicAssistance = new ArrayList<>(v.publicAssistance());
        f.familySize = v.familySize();
        f.annualFamilyIncome = v.annualFamilyIncome();
        f.barriers = new ArrayList<>(v.barriers());
        f.selectiveService = v.selectiveService();
        f.authorizedToWork = v.authorizedToWork();
        f.lwdaId = v.lwdaId();
        f.officeId = v.officeId();
        return f;
    }

    public ParticipantInput toInput(Long version) {
        return new ParticipantInput(
                firstName,
                middleName,
                lastName,
                dateOfBirth,
                sex,
                ssn,
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
                races == null || races.isEmpty() ? EnumSet.noneOf(Race.class) : EnumSet.copyOf(races),
                veteran,
                eligibleSpouse,
                employmentStatus,
                ucStatus,
                highestGrade,
                educationLevel,
                schoolStatus,
                publicAssistance == null || publicAssistance.isEmpty()
                        ? EnumSet.noneOf(PublicAssistance.class)
                        : EnumSet.copyOf(publicAssistance),
                familySize,
                annualFamilyIncome,
                barriers == null || barriers.isEmpty() ? EnumSet.noneOf(Barrier.class) : EnumSet.copyOf(barriers),
                selectiveService,
                authorizedToWork,
                lwdaId,
                officeId,
                version);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getSsn() {
        return ssn;
    }

    public void setSsn(String ssn) {
        this.ssn = ssn;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getAddressState() {
        return addressState;
    }

    public void setAddressState(String addressState) {
        this.addressState = addressState;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String countyFips) {
        this.countyFips = countyFips;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public Disclosure getDisability() {
        return disability;
    }

    public void setDisability(Disclosure disability) {
        this.disability = disability;
    }

    public Disclosure getHispanic() {
        return hispanic;
    }

    public void setHispanic(Disclosure hispanic) {
        this.hispanic = hispanic;
    }

    public List<Race> getRaces() {
        return races;
    }

    public void setRaces(List<Race> races) {
        this.races = races;
    }

    public Boolean getVeteran() {
        return veteran;
    }

    public void setVeteran(Boolean veteran) {
        this.veteran = veteran;
    }

    public Boolean getEligibleSpouse() {
        return eligibleSpouse;
    }

    public void setEligibleSpouse(Boolean eligibleSpouse) {
        this.eligibleSpouse = eligibleSpouse;
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public void setEmploymentStatus(EmploymentStatus employmentStatus) {
        this.employmentStatus = employmentStatus;
    }

    public UnemploymentCompensation getUcStatus() {
        return ucStatus;
    }

    public void setUcStatus(UnemploymentCompensation ucStatus) {
        this.ucStatus = ucStatus;
    }

    public Integer getHighestGrade() {
        return highestGrade;
    }

    public void setHighestGrade(Integer highestGrade) {
        this.highestGrade = highestGrade;
    }

    public EducationLevel getEducationLevel() {
        return educationLevel;
    }

    public void setEducationLevel(EducationLevel educationLevel) {
        this.educationLevel = educationLevel;
    }

    public SchoolStatus getSchoolStatus() {
        return schoolStatus;
    }

    public void setSchoolStatus(SchoolStatus schoolStatus) {
        this.schoolStatus = schoolStatus;
    }

    public List<PublicAssistance> getPublicAssistance() {
        return publicAssistance;
    }

    public void setPublicAssistance(List<PublicAssistance> publicAssistance) {
        this.publicAssistance = publicAssistance;
    }

    public Integer getFamilySize() {
        return familySize;
    }

    public void setFamilySize(Integer familySize) {
        this.familySize = familySize;
    }

    public BigDecimal getAnnualFamilyIncome() {
        return annualFamilyIncome;
    }

    public void setAnnualFamilyIncome(BigDecimal annualFamilyIncome) {
        this.annualFamilyIncome = annualFamilyIncome;
    }

    public List<Barrier> getBarriers() {
        return barriers;
    }

    public void setBarriers(List<Barrier> barriers) {
        this.barriers = barriers;
    }

    public SelectiveService getSelectiveService() {
        return selectiveService;
    }

    public void setSelectiveService(SelectiveService selectiveService) {
        this.selectiveService = selectiveService;
    }

    public Boolean getAuthorizedToWork() {
        return authorizedToWork;
    }

    public void setAuthorizedToWork(Boolean authorizedToWork) {
        this.authorizedToWork = authorizedToWork;
    }

    public Long getLwdaId() {
        return lwdaId;
    }

    public void setLwdaId(Long lwdaId) {
        this.lwdaId = lwdaId;
    }

    public Long getOfficeId() {
        return officeId;
    }

    public void setOfficeId(Long officeId) {
        this.officeId = officeId;
    }
}
