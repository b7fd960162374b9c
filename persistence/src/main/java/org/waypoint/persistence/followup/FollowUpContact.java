package org.waypoint.persistence.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.security.StaffAccount;

/**
 * One follow-up contact or attempt, in a quarter after exit of its period: how and by whom, what
 * came of it, and when the person was reached what was learned of employment (employer, start,
 * occupation, wage, hours, and how it was verified: TEGL 23-19) or, for a youth, of a placement in
 * education or training. The employment and placement facts are what the outcome indicators read
 * besides wage records. Follow-up services given are service records of their own. Voided with a
 * reason, never deleted or changed.
 */
@Entity
@Table(name = "follow_up_contact")
@NamedQuery(
        name = FollowUpContact.FIND_BY_FOLLOW_UPS,
        query = "SELECT c FROM FollowUpContact c LEFT JOIN FETCH c.staff WHERE c.followUp.id IN :followUpIds"
                + " ORDER BY c.contactDate, c.id")
public class FollowUpContact implements Auditable {

    /** The contacts of some periods, voided ones too, earliest first. */
    public static final String FIND_BY_FOLLOW_UPS = "FollowUpContact.findByFollowUps";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "follow_up_id", updatable = false)
    private FollowUp followUp;

    @Min(1)
    @Max(4)
    @Column(nullable = false, updatable = false)
    private int quarter;

    @NotNull
    @Column(name = "contact_date", nullable = false, updatable = false)
    private LocalDate contactDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactMethod method;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id", updatable = false)
    private StaffAccount staff;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status", updatable = false)
    private EmploymentStatus employmentStatus;

    @Size(max = 200)
    @Column(updatable = false)
    private String employer;

    @Column(name = "employment_start", updatable = false)
    private LocalDate employmentStart;

    @Size(max = 10)
    @Column(name = "soc_code", updatable = false)
    private String socCode;

    /** NUMERIC(7, 2). */
    @DecimalMin("0.00")
    @Digits(integer = 5, fraction = 2)
    @Column(name = "hourly_wage", updatable = false)
    private BigDecimal hourlyWage;

    /** NUMERIC(4, 1), more than 0 and at most the 168 hours of a week. */
    @DecimalMin(value = "0.0", inclusive = false)
    @DecimalMax("168.0")
    @Digits(integer = 3, fraction = 1)
    @Column(name = "weekly_hours", updatable = false)
    private BigDecimal weeklyHours;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private EmploymentVerification verification;

    @Enumerated(EnumType.STRING)
    @Column(name = "youth_placement", updatable = false)
    private YouthPlacement youthPlacement;

    @Size(max = 2000)
    @Column(updatable = false)
    private String note;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voided_by")
    private StaffAccount voidedBy;

    @Size(max = 500)
    @Column(name = "void_reason")
    private String voidReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FollowUpContact() {}

    public FollowUpContact(
            FollowUp followUp,
            int quarter,
            LocalDate contactDate,
            ContactMethod method,
            ContactOutcome outcome,
            StaffAccount staff) {
        this.followUp = followUp;
        this.quarter = quarter;
        this.contactDate = contactDate;
        this.method = method;
        this.outcome = outcome;
        this.staff = staff;
        this.createdAt = Instant.now();
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return followUp.auditLwdaId();
    }

    /** What a reached contact learned of employment. */
    public void setEmployment(
            EmploymentStatus status,
            String employer,
            LocalDate start,
            String socCode,
            BigDecimal hourlyWage,
            BigDecimal weeklyHours,
            EmploymentVerification verification) {
        this.employmentStatus = status;
        this.employer = employer;
        this.employmentStart = start;
        this.socCode = socCode;
        this.hourlyWage = hourlyWage;
        this.weeklyHours = weeklyHours;
        this.verification = verification;
    }

    public void setYouthPlacement(YouthPlacement youthPlacement) {
        this.youthPlacement = youthPlacement;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Voids a contact recorded in error; it stays, with who voided it, when and why. */
    public void voidFor(String reason, StaffAccount by) {
        this.voidReason = reason;
        this.voidedBy = by;
        this.voidedAt = Instant.now();
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    public Long getId() {
        return id;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public int getQuarter() {
        return quarter;
    }

    public LocalDate getContactDate() {
        return contactDate;
    }

    public ContactMethod getMethod() {
        return method;
    }

    public StaffAccount getStaff() {
        return staff;
    }

    public ContactOutcome getOutcome() {
        return outcome;
    }

    public EmploymentStatus getEmploymentStatus() {
        return employmentStatus;
    }

    public String getEmployer() {
        return employer;
    }

    public LocalDate getEmploymentStart() {
        return employmentStart;
    }

    public String getSocCode() {
        return socCode;
    }

    public BigDecimal getHourlyWage() {
        return hourlyWage;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    public EmploymentVerification getVerification() {
        return verification;
    }

    public YouthPlacement getYouthPlacement() {
        return youthPlacement;
    }

    public String getNote() {
        return note;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public StaffAccount getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
