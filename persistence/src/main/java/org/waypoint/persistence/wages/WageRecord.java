package org.waypoint.persistence.wages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A participant's wages from one employer in one calendar quarter, as the state's UI wage file
 * reported them (TEGL 10-16, Change 1: wage records are the primary source of employment and
 * earnings after exit). Keyed as the state keys them, so a later file's amount for the same
 * participant, quarter and employer replaces this one. Written in bulk by the wage import over
 * JDBC (a state file has millions of rows), so read-only here.
 */
@Entity
@ReadOnly
@Table(name = "wage_record")
@IdClass(WageRecord.Key.class)
@NamedQuery(
        name = WageRecord.FIND_BY_PARTICIPANT,
        query = "SELECT w FROM WageRecord w WHERE w.participantId = :participantId"
                + " ORDER BY w.year, w.quarter, w.employerFein")
public class WageRecord {

    public static final String FIND_BY_PARTICIPANT = "WageRecord.findByParticipant";

    /** The primary key: participant, quarter and employer. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long participantId;
        private Integer year;
        private Integer quarter;
        private String employerFein;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(participantId, key.participantId)
                    && java.util.Objects.equals(year, key.year)
                    && java.util.Objects.equals(quarter, key.quarter)
                    && java.util.Objects.equals(employerFein, key.employerFein);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(participantId, year, quarter, employerFein);
        }
    }

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @Id
    @Column(name = "wage_year")
    private Integer year;

    @Id
    @Column(name = "wage_quarter")
    private Integer quarter;

    /** The employer's Federal Employer Identification Number, nine digits without the dash. */
    @Id
    @Column(name = "employer_fein", length = 9)
    private String employerFein;

    @Column(precision = 12, scale = 2)
    private BigDecimal wages;

    @Column(name = "wage_import_id")
    private Long wageImportId;

    protected WageRecord() {}

    public Long getParticipantId() {
        return participantId;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public String getEmployerFein() {
        return employerFein;
    }

    public BigDecimal getWages() {
        return wages;
    }

    public Long getWageImportId() {
        return wageImportId;
    }
}
