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
import jakarta.validation.constraints.Size;
import org.waypoint.persistence.common.Auditable;

/**
 * A target industry sector a plan's strategies align with (Kentucky guidance 24-003, section B):
 * state-wide when it comes from the state plan ({@code lwda} null), local when it comes from an
 * LWDA's local or regional plan. Sectors are deactivated rather than deleted, so a plan written
 * under an older state plan still names its sector.
 */
@Entity
@Table(name = "industry_sector")
// "s.lwda.id" in a condition would make EclipseLink join the LWDA with an inner join and lose the
// state-wide sectors: the queries join it outer, explicitly.
@NamedQuery(
        name = IndustrySector.FIND_FOR_LWDA,
        query = "SELECT s FROM IndustrySector s LEFT JOIN FETCH s.lwda l"
                + " WHERE s.active = TRUE AND s.state.code = :state AND (l IS NULL OR l.id = :lwdaId)"
                + " ORDER BY s.name")
@NamedQuery(
        name = IndustrySector.FIND_STATE_WIDE,
        query = "SELECT s FROM IndustrySector s WHERE s.state.code = :state AND s.lwda IS NULL ORDER BY s.name")
@NamedQuery(
        name = IndustrySector.FIND_LOCAL,
        query = "SELECT s FROM IndustrySector s JOIN FETCH s.lwda WHERE s.lwda.id = :lwdaId ORDER BY s.name")
@NamedQuery(
        name = IndustrySector.FIND_SAME_NAME,
        query = "SELECT s FROM IndustrySector s LEFT JOIN s.lwda l WHERE s.state.code = :state"
                + " AND LOWER(s.name) = :name AND (l IS NULL OR l.id = :lwdaId) AND s.id <> :id")
public class IndustrySector implements Auditable {

    /** The active sectors a plan in an LWDA picks from: the state plan's and the LWDA's own. */
    public static final String FIND_FOR_LWDA = "IndustrySector.findForLwda";
    /** A state's sectors from the state plan, active or not. */
    public static final String FIND_STATE_WIDE = "IndustrySector.findStateWide";
    /** An LWDA's own sectors, active or not. */
    public static final String FIND_LOCAL = "IndustrySector.findLocal";
    /**
     * Sectors of the same name (parameter in lower case) that a plan in {@code lwdaId} would see
     * beside sector {@code id}: the state-wide ones and the LWDA's own (lwdaId -1 for state-wide only).
     */
    public static final String FIND_SAME_NAME = "IndustrySector.findSameName";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code", updatable = false)
    private StateProfile state;

    /** Null for the state plan's sectors. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lwda_id", updatable = false)
    private Lwda lwda;

    @NotBlank(message = "{waypoint.sector.name.required}")
    @Size(max = 120, message = "{waypoint.sector.name.size}")
    @Column(nullable = false)
    private String name;

    @Size(max = 2000, message = "{waypoint.sector.description.size}")
    private String description;

    private boolean active = true;

    @Version
    private long version;

    protected IndustrySector() {}

    public IndustrySector(StateProfile state, Lwda lwda, String name, String description) {
        this.state = state;
        this.lwda = lwda;
        this.name = name;
        this.description = description;
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

    /** Whether the sector comes from a local or regional plan rather than the state plan. */
    public boolean isLocal() {
        return lwda != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    @Override
    public Long auditLwdaId() {
        return lwda == null ? null : lwda.getId();
    }
}
