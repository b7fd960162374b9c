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
 * One year's low-income thresholds for a state (WIOA sec. 3(36)): the HHS poverty guidelines and,
 * where entered, 70% of the Lower Living Standard Income Level, by family size, with the amount
 * for each additional person. They change every year, so a state admin adds a schedule with its
 * effective date; the schedule in force on a determination's date applies.
 */
@Entity
@Table(name = "income_schedule")
@NamedQuery(
        name = IncomeSchedule.FIND_BY_STATE,
        query = "SELECT s FROM IncomeSchedule s WHERE s.state.code = :state ORDER BY s.effectiveDate DESC")
public class IncomeSchedule implements Auditable {

    public static final String FIND_BY_STATE = "IncomeSchedule.findByState";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code")
    private StateProfile state;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    /** Amounts by family size 1, 2, 3 ... as "15650,21150,..." (whole list kept together). */
    @Column(name = "hhs_amounts", nullable = false)
    private String hhsAmounts;

    @Column(name = "hhs_increment", nullable = false, precision = 12, scale = 2)
    private BigDecimal hhsIncrement;

    @Column(name = "llsil_amounts")
    private String llsilAmounts;

    @Column(name = "llsil_increment", precision = 12, scale = 2)
    private BigDecimal llsilIncrement;

    @Column(nullable = false)
    private String source;

    @Version
    private long version;

    protected IncomeSchedule() {}

    public IncomeSchedule(
            StateProfile state,
            LocalDate effectiveDate,
            List<BigDecimal> hhs,
            BigDecimal hhsIncrement,
            List<BigDecimal> llsil,
            BigDecimal llsilIncrement,
            String source) {
        this.state = state;
        this.effectiveDate = effectiveDate;
        this.hhsAmounts = join(hhs);
        this.hhsIncrement = hhsIncrement;
        this.llsilAmounts = llsil == null ? null : join(llsil);
        this.llsilIncrement = llsilIncrement;
        this.source = source;
    }

    @Override
    public Object auditId() {
        return state.getCode() + "/" + effectiveDate;
    }

    private static String join(List<BigDecimal> amounts) {
        return amounts.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
    }

    private static List<BigDecimal> split(String amounts) {
        return amounts == null
                ? null
                : Arrays.stream(amounts.split(",")).map(BigDecimal::new).toList();
    }

    public Long getId() {
        return id;
    }

    public StateProfile getState() {
        return state;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public List<BigDecimal> getHhsAmounts() {
        return split(hhsAmounts);
    }

    public BigDecimal getHhsIncrement() {
        return hhsIncrement;
    }

    public List<BigDecimal> getLlsilAmounts() {
        return split(llsilAmounts);
    }

    public BigDecimal getLlsilIncrement() {
        return llsilIncrement;
    }

    public String getSource() {
        return source;
    }

    public long getVersion() {
        return version;
    }
}
