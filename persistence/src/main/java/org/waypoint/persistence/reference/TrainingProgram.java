package org.waypoint.persistence.reference;

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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.waypoint.persistence.common.Auditable;

/**
 * One program of the state's Eligible Training Provider List (20 CFR part 680 subpart D): the only
 * training an Individual Training Account may pay for. A plan's training picks one, and the case
 * manager shows the participant its cost, length, credential and published outcomes so the choice
 * is informed (WIOA sec. 134(c)(3)(F)). Entries leave the list by deactivation, never deletion.
 */
@Entity
@Table(name = "training_program")
@NamedQuery(
        name = TrainingProgram.SEARCH_ACTIVE,
        query = "SELECT t FROM TrainingProgram t WHERE t.state.code = :state AND t.active = TRUE"
                + " AND (LOWER(t.provider) LIKE :text OR LOWER(t.program) LIKE :text OR t.cipCode LIKE :text)"
                + " ORDER BY t.provider, t.program, t.id")
@NamedQuery(
        name = TrainingProgram.SEARCH_ALL,
        query = "SELECT t FROM TrainingProgram t WHERE t.state.code = :state"
                + " AND (LOWER(t.provider) LIKE :text OR LOWER(t.program) LIKE :text OR t.cipCode LIKE :text)"
                + " ORDER BY t.active DESC, t.provider, t.program, t.id")
@NamedQuery(
        name = TrainingProgram.COUNT_SAME,
        query = "SELECT COUNT(t) FROM TrainingProgram t WHERE t.state.code = :state"
                + " AND LOWER(t.provider) = :provider AND LOWER(t.program) = :program"
                + " AND LOWER(COALESCE(t.location, '')) = :location AND t.id <> :id")
public class TrainingProgram implements Auditable {

    /** Active programs of a state whose provider, program or CIP code contains {@code text} (lower case, with %). */
    public static final String SEARCH_ACTIVE = "TrainingProgram.searchActive";
    /** As {@link #SEARCH_ACTIVE}, deactivated programs included (last), for the admin page. */
    public static final String SEARCH_ALL = "TrainingProgram.searchAll";
    /** Other programs of the same provider, program and location (all in lower case; no location is ''). */
    public static final String COUNT_SAME = "TrainingProgram.countSame";

    /** A 6-digit Classification of Instructional Programs code, as NN.NNNN (CIP 2020). */
    public static final String CIP_PATTERN = "\\d{2}\\.\\d{4}";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code", updatable = false)
    private StateProfile state;

    @NotBlank(message = "{waypoint.program.provider.required}")
    @Size(max = 200, message = "{waypoint.program.text.size}")
    private String provider;

    @NotBlank(message = "{waypoint.program.program.required}")
    @Size(max = 200, message = "{waypoint.program.text.size}")
    private String program;

    @NotNull(message = "{waypoint.program.cip.invalid}")
    @Pattern(regexp = CIP_PATTERN, message = "{waypoint.program.cip.invalid}")
    @Column(name = "cip_code", length = 7)
    private String cipCode;

    /** Tuition, fees, books and tools for the whole program, in dollars, as listed. */
    @NotNull(message = "{waypoint.program.cost.required}")
    @DecimalMin(value = "0", message = "{waypoint.program.cost.invalid}")
    @Digits(integer = 8, fraction = 2, message = "{waypoint.program.cost.invalid}")
    @Column(precision = 10, scale = 2)
    private BigDecimal cost;

    @NotNull(message = "{waypoint.program.weeks.invalid}")
    @Min(value = 1, message = "{waypoint.program.weeks.invalid}")
    @Max(value = 260, message = "{waypoint.program.weeks.invalid}")
    @Column(name = "length_weeks")
    private Integer lengthWeeks;

    @NotBlank(message = "{waypoint.program.credential.required}")
    @Size(max = 200, message = "{waypoint.program.text.size}")
    private String credential;

    /** Completion, employment and earnings rates as the list publishes them, in its words. */
    @Size(max = 4000, message = "{waypoint.program.outcomes.size}")
    private String outcomes;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private DeliveryMode delivery;

    @Size(max = 200, message = "{waypoint.program.text.size}")
    private String location;

    private boolean active = true;

    @Version
    private long version;

    protected TrainingProgram() {}

    public TrainingProgram(StateProfile state) {
        this.state = state;
    }

    public Long getId() {
        return id;
    }

    public StateProfile getState() {
        return state;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getCipCode() {
        return cipCode;
    }

    public void setCipCode(String cipCode) {
        this.cipCode = cipCode;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public Integer getLengthWeeks() {
        return lengthWeeks;
    }

    public void setLengthWeeks(Integer lengthWeeks) {
        this.lengthWeeks = lengthWeeks;
    }

    public String getCredential() {
        return credential;
    }

    public void setCredential(String credential) {
        this.credential = credential;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public DeliveryMode getDelivery() {
        return delivery;
    }

    public void setDelivery(DeliveryMode delivery) {
        this.delivery = delivery;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return id;
    }
}
