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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.waypoint.persistence.common.Auditable;

/**
 * One occupation on an official in-demand list: the state board's ({@code lwda} null) or a local
 * board's. WIOA sec. 3(23) leaves the decision to the boards; Waypoint only keeps their lists, so the
 * label a plan shows is theirs and not a figure Waypoint computed.
 */
@Entity
@Table(name = "in_demand_occupation")
// "o.lwda.id" in a condition would make EclipseLink join the LWDA with an inner join and lose the
// state list: the queries join it outer, explicitly (as IndustrySector's do).
@NamedQuery(
        name = InDemandOccupation.FIND_FOR_LWDA_AND_SOC,
        query = "SELECT o FROM InDemandOccupation o LEFT JOIN FETCH o.lwda l"
                + " WHERE o.state.code = :state AND o.soc IN :socs AND (l IS NULL OR l.id = :lwdaId)")
@NamedQuery(
        name = InDemandOccupation.FIND_STATE_LIST,
        query = "SELECT o FROM InDemandOccupation o WHERE o.state.code = :state AND o.lwda IS NULL ORDER BY o.title")
@NamedQuery(
        name = InDemandOccupation.FIND_LOCAL_LIST,
        query = "SELECT o FROM InDemandOccupation o JOIN FETCH o.lwda WHERE o.lwda.id = :lwdaId ORDER BY o.title")
@NamedQuery(
        name = InDemandOccupation.COUNT_FOR_LWDA,
        query = "SELECT COUNT(o) FROM InDemandOccupation o LEFT JOIN o.lwda l"
                + " WHERE o.state.code = :state AND (l IS NULL OR l.id = :lwdaId)")
public class InDemandOccupation implements Auditable {

    /** The entries for these SOC codes a plan in {@code lwdaId} meets: the state list's and the LWDA's. */
    public static final String FIND_FOR_LWDA_AND_SOC = "InDemandOccupation.findForLwdaAndSoc";
    /** The state board's list. */
    public static final String FIND_STATE_LIST = "InDemandOccupation.findStateList";
    /** A local board's list. */
    public static final String FIND_LOCAL_LIST = "InDemandOccupation.findLocalList";
    /** How many entries the state's and the LWDA's lists hold together: 0 means no list is loaded. */
    public static final String COUNT_FOR_LWDA = "InDemandOccupation.countForLwda";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code", updatable = false)
    private StateProfile state;

    /** Null for the state board's list. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lwda_id", updatable = false)
    private Lwda lwda;

    /** The 2018 SOC code, as 31-9091. */
    @NotNull(message = "{waypoint.inDemand.soc.required}")
    @Pattern(regexp = "\\d{2}-\\d{4}", message = "{waypoint.inDemand.soc.pattern}")
    @Column(nullable = false, length = 7)
    private String soc;

    @NotBlank(message = "{waypoint.inDemand.title.required}")
    @Size(max = 200, message = "{waypoint.inDemand.title.size}")
    @Column(nullable = false)
    private String title;

    /** Where the board published it, e.g. "Bluegrass local plan 2024-2027". */
    @Size(max = 200, message = "{waypoint.inDemand.source.size}")
    private String source;

    @Version
    private long version;

    protected InDemandOccupation() {}

    public InDemandOccupation(StateProfile state, Lwda lwda, String soc, String title, String source) {
        this.state = state;
        this.lwda = lwda;
        this.soc = soc;
        this.title = title;
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public StateProfile getState() {
        return state;
    }

    public Lwda getLwda() {
        return lwda;
    }

    public boolean isLocal() {
        return lwda != null;
    }

    public String getSoc() {
        return soc;
    }

    public void setSoc(String soc) {
        this.soc = soc;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditLwdaId() {
        return lwda == null ? null : lwda.getId();
    }
}
