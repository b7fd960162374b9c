package org.waypoint.service.lmi.explore;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.waypoint.persistence.lmi.InterestProfile;
import org.waypoint.persistence.lmi.InterestProfiler;

/**
 * The Interest Profiler result as staff type it from the participant's score report. The limits are
 * the columns' (0 to 40, the Short Form's range); the Mini Interest Profiler's lower maximum (20) is
 * checked by the service, which names the field.
 *
 * @param version the version the page loaded; null for the participant's first profile
 */
public record InterestProfileInput(
        @Min(value = 0, message = "{waypoint.lmi.interest.range}")
                @Max(value = InterestProfile.MAX_SCORE, message = "{waypoint.lmi.interest.range}")
                Integer realistic,
        @Min(value = 0, message = "{waypoint.lmi.interest.range}")
                @Max(value = InterestProfile.MAX_SCORE, message = "{waypoint.lmi.interest.range}")
                Integer investigative,
        @Min(value = 0, message = "{waypoint.lmi.interest.range}")
                @Max(value = InterestProfile.MAX_SCORE, message = "{waypoint.lmi.interest.range}")
                Integer artistic,
        @Min(value = 0, message = "{waypoint.lmi.interest.range}")
                @Max(value = InterestProfile.MAX_SCORE, message = "{waypoint.lmi.interest.range}")
                Integer social,
        @Min(value = 0, message = "{waypoint.lmi.interest.range}")
                @Max(value = InterestProfile.MAX_SCORE, message = "{waypoint.lmi.interest.range}")
                Integer enterprising,
        @Min(value = 0, message = "{waypoint.lmi.interest.range}")
                @Max(value = InterestProfile.MAX_SCORE, message = "{waypoint.lmi.interest.range}")
                Integer conventional,
        InterestProfiler profiler,
        @PastOrPresent(message = "{waypoint.lmi.interest.takenOn.future}") LocalDate takenOn,
        Long version) {

    /** The field names, in RIASEC order, as the API and the page name them. */
    static final String[] FIELDS = {"realistic", "investigative", "artistic", "social", "enterprising", "conventional"};

    /** The six scores in RIASEC order (nulls stay null). */
    Integer[] scores() {
        return new Integer[] {realistic, investigative, artistic, social, enterprising, conventional};
    }
}
