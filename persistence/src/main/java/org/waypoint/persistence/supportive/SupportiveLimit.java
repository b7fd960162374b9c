package org.waypoint.persistence.supportive;

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
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.ServiceCode;

/**
 * What an LWDA pays one participant in one program year for a supportive service (or, without a
 * code, for all of them together) before its admin must approve: the local board's limits on
 * supportive services (20 CFR 680.910(b)). Set by that LWDA's admin; audited like case data because
 * it decides what help a person gets without a second look.
 */
@Entity
@Table(name = "supportive_limit")
@NamedQuery(
        name = SupportiveLimit.FIND_BY_LWDA,
        query = "SELECT l FROM SupportiveLimit l LEFT JOIN l.serviceCode c WHERE l.lwda.id = :lwdaId"
                + " ORDER BY c.code NULLS FIRST, l.id")
public class SupportiveLimit implements Auditable {

    /** An LWDA's limits, the overall one first. */
    public static final String FIND_BY_LWDA = "SupportiveLimit.findByLwda";

    public static final String UNIQUE = "uq_supportive_limit";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lwda_id", updatable = false)
    private Lwda lwda;

    /** Null: the limit on all supportive services together. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_code_id", updatable = false)
    private ServiceCode serviceCode;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 8, fraction = 2)
    @Column(name = "annual_amount", nullable = false)
    private BigDecimal annualAmount;

    @Version
    private long version;

    protected SupportiveLimit() {}

    public SupportiveLimit(Lwda lwda, ServiceCode serviceCode, BigDecimal annualAmount) {
        this.lwda = lwda;
        this.serviceCode = serviceCode;
        this.annualAmount = annualAmount;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return lwda.getId();
    }

    public Long getId() {
        return id;
    }

    public Lwda getLwda() {
        return lwda;
    }

    public ServiceCode getServiceCode() {
        return serviceCode;
    }

    public BigDecimal getAnnualAmount() {
        return annualAmount;
    }

    public void setAnnualAmount(BigDecimal annualAmount) {
        this.annualAmount = annualAmount;
    }

    public long getVersion() {
        return version;
    }
}
