package org.waypoint.persistence.eligibility;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.reference.StateProfile;

/**
 * One region's 70% Lower Living Standard Income Level by family size, as a state enters it from
 * DOL's yearly LLSIL notice (WIOA sec. 3(36)(A)(ii)): the LLSIL is published per region and metro
 * area, so a state keeps a table per region its local areas use, each in force from its date.
 */
@Entity
@Table(name = "llsil_schedule")
@NamedQuery(
        name = LlsilSchedule.FIND_BY_STATE,
        query = "SELECT s FROM LlsilSchedule s WHERE s.state.code = :state ORDER BY s.region, s.effectiveDate DESC")
public class LlsilSchedule implements Auditable {

    public static final String FIND_BY_STATE = "LlsilSchedule.findByState";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code")
    private StateProfile state;

    @Column(nullable = false, length = 60)
    private String region;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    /** Amounts by family size 1, 2, 3 ... as "13020,21340,..." (whole list kept together). */
    @Column(nullable = false, length = 400)
    private String amounts;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal increment;

    @Column(nullable = false, length = 300)
    private String source;

    @Version
    private long version;

    protected LlsilSchedule() {}

    public LlsilSchedule(
            StateProfile state,
            String region,
            LocalDate effectiveDate,
            List<BigDecimal> amounts,
            BigDecimal increment,
            String source) {
        this.state = state;
        this.region = region;
        this.effectiveDate = effectiveDate;
        this.amounts = amounts.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
        this.increment = increment;
        this.source = source;
    }

    @Override
    public Object auditId() {
        return state.getCode() + "/" + region + "/" + effectiveDate;
    }

    public Long getId() {
        return id;
    }

    public StateProfile getState() {
        return state;
    }

    public String getRegion() {
        return region;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public List<BigDecimal> getAmounts() {
        return Arrays.stream(amounts.split(",")).map(BigDecimal::new).toList();
    }

    public BigDecimal getIncrement() {
        return increment;
    }

    public String getSource() {
        return source;
    }
}
