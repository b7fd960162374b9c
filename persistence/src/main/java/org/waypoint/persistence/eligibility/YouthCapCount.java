package org.waypoint.persistence.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * The counts of a local area's two youth 5% caps in one program year (July 1 to June 30): youth
 * enrolled and those counted under the low-income exception (20 CFR 681.250(c)); in-school youth
 * enrolled and those eligible only by requiring additional assistance (681.310(b)). Enrolling a
 * youth locks this row and counts in the same transaction, so two enrollments at once cannot both
 * slip under a cap; the table's check constraints refuse a count over 5% even so.
 */
@Entity
@Table(name = "youth_cap_count")
@IdClass(YouthCapCount.Key.class)
public class YouthCapCount {

    /** The local area and program year. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long lwdaId;
        private Integer programYear;

        public Key() {}

        public Key(Long lwdaId, Integer programYear) {
            this.lwdaId = lwdaId;
            this.programYear = programYear;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && Objects.equals(lwdaId, k.lwdaId)
                    && Objects.equals(programYear, k.programYear);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lwdaId, programYear);
        }
    }

    @Id
    @Column(name = "lwda_id")
    private Long lwdaId;

    @Id
    @Column(name = "program_year")
    private Integer programYear;

    @Column(name = "youth_enrolled", nullable = false)
    private int youthEnrolled;

    @Column(name = "low_income_exceptions", nullable = false)
    private int lowIncomeExceptions;

    @Column(name = "in_school_enrolled", nullable = false)
    private int inSchoolEnrolled;

    @Column(name = "in_school_additional_assist", nullable = false)
    private int inSchoolAdditionalAssistance;

    @Version
    private long version;

    protected YouthCapCount() {}

    public YouthCapCount(long lwdaId, int programYear) {
        this.lwdaId = lwdaId;
        this.programYear = programYear;
    }

    public Long getLwdaId() {
        return lwdaId;
    }

    public Integer getProgramYear() {
        return programYear;
    }

    public int getYouthEnrolled() {
        return youthEnrolled;
    }

    public int getLowIncomeExceptions() {
        return lowIncomeExceptions;
    }

    public int getInSchoolEnrolled() {
        return inSchoolEnrolled;
    }

    public int getInSchoolAdditionalAssistance() {
        return inSchoolAdditionalAssistance;
    }

    /** Counts one youth enrolled, in school or not, under a cap or not. */
    public void count(boolean inSchool, boolean lowIncomeException, boolean additionalAssistance) {
        youthEnrolled++;
        if (lowIncomeException) {
            lowIncomeExceptions++;
        }
        if (inSchool) {
            inSchoolEnrolled++;
            if (additionalAssistance) {
                inSchoolAdditionalAssistance++;
            }
        }
    }
}
