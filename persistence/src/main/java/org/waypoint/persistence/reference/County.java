package org.waypoint.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A county by its 5-digit FIPS code. Counties are the bridge between an address (ZIP) and the LWDA
 * that serves it; a county with no LWDA yet (Georgia until its state admin assigns it) resolves to
 * no LWDA rather than a guess.
 */
@Entity
@Table(name = "county")
@NamedQuery(
        name = County.FIND_BY_STATE,
        query = "SELECT c FROM County c LEFT JOIN FETCH c.lwda WHERE c.state.code = :state ORDER BY c.name")
@NamedQuery(
        name = County.FIND_BY_ZIP,
        query = "SELECT c FROM County c LEFT JOIN FETCH c.lwda l LEFT JOIN FETCH l.state, ZipCounty z"
                + " WHERE z.countyFips = c.fips AND z.zip = :zip ORDER BY c.name")
public class County {

    public static final String FIND_BY_STATE = "County.findByState";
    public static final String FIND_BY_ZIP = "County.findByZip";

    @Id
    @Column(length = 5)
    private String fips;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code")
    private StateProfile state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lwda_id")
    private Lwda lwda;

    @Version
    private long version;

    protected County() {}

    public County(String fips, String name, StateProfile state, Lwda lwda) {
        this.fips = fips;
        this.name = name;
        this.state = state;
        this.lwda = lwda;
    }

    public String getFips() {
        return fips;
    }

    public String getName() {
        return name;
    }

    public StateProfile getState() {
        return state;
    }

    public Lwda getLwda() {
        return lwda;
    }

    public void setLwda(Lwda lwda) {
        this.lwda = lwda;
    }

    public long getVersion() {
        return version;
    }
}
