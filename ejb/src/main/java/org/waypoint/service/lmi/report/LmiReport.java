package org.waypoint.service.lmi.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.documents.DocumentText;
import org.waypoint.service.lmi.AreaComparison;
import org.waypoint.service.lmi.OccupationProfile;

/**
 * What one printed report shows: the profile staff reviewed with a career seeker, the same
 * occupation in the other areas, and up to four other occupations in the same area that the career
 * seeker is weighing it against.
 *
 * @param preparedFor the career seeker's name; null for a report printed without one
 * @param preparedBy the staff member's display name
 * @param comparison the occupation across areas, for the charts; null or without rows when there is
 *     none
 * @param sideBySide other occupations in the profile's area, at most {@value #MAX_SIDE_BY_SIDE}, in
 *     the order to show them; may be empty
 * @param language the language headings, labels and the plan summary's wording print in (the
 *     career seeker's preferred language unless staff chose the other); the charts, O*NET's
 *     description and the sources' names stay as published
 */
public record LmiReport(
        String preparedFor,
        String preparedBy,
        LocalDate preparedOn,
        OccupationProfile profile,
        AreaComparison comparison,
        List<OccupationProfile> sideBySide,
        DocumentLanguage language) {

    /** The side-by-side charts have room for the profiled occupation and four others. */
    public static final int MAX_SIDE_BY_SIDE = 4;

    public LmiReport {
        Objects.requireNonNull(preparedBy, "preparedBy");
        Objects.requireNonNull(preparedOn, "preparedOn");
        Objects.requireNonNull(profile, "profile");
        sideBySide = sideBySide == null ? List.of() : List.copyOf(sideBySide);
        language = language == null ? DocumentLanguage.ENGLISH : language;
        if (sideBySide.size() > MAX_SIDE_BY_SIDE) {
            throw new IllegalArgumentException(
                    "At most " + MAX_SIDE_BY_SIDE + " occupations side by side, not " + sideBySide.size());
        }
    }

    /** A report in English. */
    public LmiReport(
            String preparedFor,
            String preparedBy,
            LocalDate preparedOn,
            OccupationProfile profile,
            AreaComparison comparison,
            List<OccupationProfile> sideBySide) {
        this(preparedFor, preparedBy, preparedOn, profile, comparison, sideBySide, DocumentLanguage.ENGLISH);
    }

    /** The report's texts in the language it prints in. */
    public DocumentText words() {
        return DocumentText.of(language);
    }

    /** The comparison rows, empty when there is no comparison. */
    public List<AreaComparison.Row> comparisonRows() {
        return comparison == null ? List.of() : comparison.rows();
    }
}
