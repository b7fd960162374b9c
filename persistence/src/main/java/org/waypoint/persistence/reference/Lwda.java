package org.waypoint.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.waypoint.persistence.common.Auditable;

/**
 * A Local Workforce Development Area (Kentucky says Local Workforce Area): the unit that owns
 * caseloads. Case managers and LWDA admins see only the participants of their own LWDA. Its local
 * board may cap an Individual Training Account (20 CFR 680.310), which a plan's training is checked
 * against; changes are audited like case data because they decide what training a person can get.
 */
@Entity
@Table(name = "lwda")
@NamedQuery(name = Lwda.FIND_ALL, query = "SELECT l FROM Lwda l JOIN FETCH l.state ORDER BY l.state.name, l.name")
@NamedQuery(
        name = Lwda.FIND_BY_STATE_AND_NAME,
        query = "SELECT l FROM Lwda l WHERE l.state.code = :state AND l.name = :name")
public class Lwda implements Auditable {

    public static final String FIND_ALL = "Lwda.findAll";
    public static final String FIND_BY_STATE_AND_NAME = "Lwda.findByStateAndName";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code")
    private StateProfile state;

    @NotBlank
    @Size(max = 20)
    @Column(nullable = false)
    private String code;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false)
    private String name;

    /** The local board's Individual Training Account cap in dollars; null where it sets none. */
    @DecimalMin(value = "0", inclusive = false, message = "{waypoint.itaLimit.invalid}")
    @Digits(integer = 8, fraction = 2, message = "{waypoint.itaLimit.invalid}")
    @Column(name = "ita_limit", precision = 10, scale = 2)
    private BigDecimal itaLimit;

    @Version
    private long version;

    /** The priority group the Governor or local board set, tier 4 of priority of service (TEGL 19-16). */
    @jakarta.validation.constraints.Size(max = 300)
    @Column(name = "local_priority_group")
    private String localPriorityGroup;

    /** The LLSIL region whose 70% tables the area's low-income tests read; null: state-wide amounts. */
    @jakarta.validation.constraints.Size(max = 60)
    @Column(name = "llsil_region")
    private String llsilRegion;

    protected Lwda() {}

    public Lwda(StateProfile state, String code, String name) {
        this.state = state;
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public StateProfile getState() {
        return state;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getItaLimit() {
        return itaLimit;
    }

    public void setItaLimit(BigDecimal itaLimit) {
        this.itaLimit = itaLimit;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** The id, as references to an LWDA have always been written in the audit trail. */
    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return id;
    }

    public String getLocalPriorityGroup() {
        return localPriorityGroup;
    }

    public void setLocalPriorityGroup(String localPriorityGroup) {
        this.localPriorityGroup = localPriorityGroup;
    }

    public String getLlsilRegion() {
        return llsilRegion;
    }

    public void setLlsilRegion(String llsilRegion) {
        this.llsilRegion = llsilRegion;
    }
}
