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

/**
 * A Local Workforce Development Area (Kentucky says Local Workforce Area): the unit that owns
 * caseloads. Case managers and LWDA admins see only the participants of their own LWDA.
 */
@Entity
@Table(name = "lwda")
@NamedQuery(name = Lwda.FIND_ALL, query = "SELECT l FROM Lwda l JOIN FETCH l.state ORDER BY l.state.name, l.name")
@NamedQuery(
        name = Lwda.FIND_BY_STATE_AND_NAME,
        query = "SELECT l FROM Lwda l WHERE l.state.code = :state AND l.name = :name")
public class Lwda {

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

    @Version
    private long version;

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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
