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

/** A career center office (an American Job Center). Every office belongs to one LWDA. */
@Entity
@Table(name = "office")
@NamedQuery(name = Office.FIND_BY_LWDA, query = "SELECT o FROM Office o WHERE o.lwda.id = :lwdaId ORDER BY o.name")
@NamedQuery(name = Office.FIND_ALL, query = "SELECT o FROM Office o JOIN FETCH o.lwda ORDER BY o.lwda.name, o.name")
public class Office {

    public static final String FIND_BY_LWDA = "Office.findByLwda";
    public static final String FIND_ALL = "Office.findAll";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lwda_id")
    private Lwda lwda;

    @NotBlank
    @Size(max = 120)
    private String name;

    @Size(max = 200)
    private String street;

    @Size(max = 80)
    private String city;

    @Pattern(regexp = "\\d{5}", message = "{waypoint.zip.invalid}")
    private String zip;

    @Size(max = 20)
    private String phone;

    private boolean active = true;

    /**
     * The IANA zone the office keeps when it differs from its state's, e.g. America/Chicago for a
     * western Kentucky office; null: the state's zone.
     */
    @Size(max = 40)
    @Column(name = "time_zone")
    private String timeZone;

    @Version
    private long version;

    protected Office() {}

    public Office(Lwda lwda, String name, String street, String city, String zip, String phone) {
        this.lwda = lwda;
        this.name = name;
        this.street = street;
        this.city = city;
        this.zip = zip;
        this.phone = phone;
    }

    public Long getId() {
        return id;
    }

    public Lwda getLwda() {
        return lwda;
    }

    public String getName() {
        return name;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getZip() {
        return zip;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public long getVersion() {
        return version;
    }
}
