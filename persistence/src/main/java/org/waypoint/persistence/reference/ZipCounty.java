package org.waypoint.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the HUD-USPS ZIP-county crosswalk. The relation is many-to-many: a ZIP that spans
 * counties makes the registration page ask which county the person lives in.
 */
@Entity
@Table(name = "zip_county")
@IdClass(ZipCounty.Key.class)
public class ZipCounty {

    @Id
    @Column(length = 5)
    private String zip;

    @Id
    @Column(name = "county_fips", length = 5)
    private String countyFips;

    protected ZipCounty() {}

    public ZipCounty(String zip, String countyFips) {
        this.zip = zip;
        this.countyFips = countyFips;
    }

    public String getZip() {
        return zip;
    }

    public String getCountyFips() {
        return countyFips;
    }

    /** Composite key (zip, county_fips). */
    public static class Key implements Serializable {
        private String zip;
        private String countyFips;

        public Key() {}

        public Key(String zip, String countyFips) {
            this.zip = zip;
            this.countyFips = countyFips;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(zip, k.zip) && Objects.equals(countyFips, k.countyFips);
        }

        @Override
        public int hashCode() {
            return Objects.hash(zip, countyFips);
        }
    }
}
