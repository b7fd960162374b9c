package org.waypoint.service.reference;

import java.util.Arrays;
import java.util.Optional;
import org.waypoint.service.common.Text;

/**
 * The PIRL data elements a delivered service can feed, by their numbers and names in the DOL
 * public-use record layout (PY2022 Q4; see ../shared/data/pirl). A service code lists the ones its
 * dates feed, so "date of first individualized career service" (1200) is the earliest service whose
 * code lists 1200: the mapping is catalog data a state corrects, this list only says which numbers
 * are service elements at all. Most are dates (first or most recent); 1211, 1300, 1319 and 1500 are
 * yes/no indicators set by a service of the kind.
 */
public enum PirlServiceElement {
    FIRST_SELF_SERVICE(1000, "Date of first basic career service (self-service/information-only)"),
    FIRST_STAFF_ASSISTED(1001, "Date of first basic career service (staff-assisted)"),
    RECENT_SELF_SERVICE_BASIC(1002, "Most recent date received basic career services (self-service/information-only)"),
    RECENT_STAFF_ASSISTED_BASIC(1003, "Most recent date received basic career services (staff-assisted)"),
    RECENT_CAREER_SERVICE(1004, "Date of most recent career service"),
    RECENT_INFORMATION_ONLY(1100, "Most recent date accessed information-only activities"),
    RECENT_SELF_SERVICE(1101, "Most recent date of self-service activities"),
    RECENT_CAREER_GUIDANCE(1102, "Most recent date received staff-assisted career guidance services"),
    RECENT_WORKFORCE_INFORMATION(1103, "Most recent date received workforce information services"),
    RECENT_JOB_SEARCH(1104, "Most recent date received staff-assisted job search activities"),
    RECENT_REFERRED_TO_EMPLOYMENT(1105, "Most recent date referred to employment"),
    RECENT_UI_CLAIM_ASSISTANCE(1112, "Most recent date received unemployment insurance claim assistance"),
    RECENT_REFERRED_TO_OTHER_ASSISTANCE(1113, "Most recent date referred to other federal/state assistance"),
    RECENT_OTHER_BASIC(1116, "Most recent date received staff-assisted basic career services (other)"),
    FIRST_INDIVIDUALIZED(1200, "Date of first individualized career service"),
    RECENT_INDIVIDUALIZED(1201, "Most recent date received individualized career service"),
    IEP_CREATED(1202, "Date individual employment plan created"),
    RECENT_INTERNSHIP_WORK_EXPERIENCE(1203, "Most recent date received internship or work experience opportunities"),
    FINANCIAL_LITERACY(1206, "Date received financial literacy services"),
    ENGLISH_SECOND_LANGUAGE(1207, "Date received English as a second language services"),
    PREVOCATIONAL(1210, "Received pre-vocational activities"),
    TRANSITIONAL_JOBS(1211, "Transitional jobs"),
    RECEIVED_TRAINING(1300, "Received training"),
    ENTERED_TRAINING(1302, "Date entered training #1"),
    ITA_ESTABLISHED(1319, "Established individual training account (ITA)"),
    RECENT_EDUCATIONAL_ACHIEVEMENT(1402, "Most recent date received educational achievement services"),
    RECENT_ALTERNATIVE_SECONDARY(1403, "Most recent date received alternative secondary school services"),
    RECENT_WORK_EXPERIENCE(1405, "Most recent date received work experience opportunities"),
    RECENT_CONCURRENT_EDUCATION(
            1407, "Most recent date received education offered concurrently with workforce preparation"),
    RECENT_LEADERSHIP(1408, "Most recent date received leadership development opportunities"),
    RECENT_SUPPORTIVE(1409, "Most recent date received supportive services"),
    RECENT_ADULT_MENTORING(1410, "Most recent date received adult mentoring services"),
    RECENT_GUIDANCE_COUNSELING(1411, "Most recent date received comprehensive guidance/counseling services"),
    RECENT_YOUTH_FOLLOW_UP(1412, "Most recent date received youth follow-up services"),
    RECENT_ENTREPRENEURIAL(1413, "Most recent date youth received entrepreneurial skills training"),
    RECENT_LABOR_MARKET_INFORMATION(
            1414, "Most recent date youth received labor market and employment information services"),
    RECENT_POSTSECONDARY_TRANSITION(
            1415, "Most recent date youth received postsecondary transition and preparatory activities"),
    NEEDS_RELATED_PAYMENTS(1500, "Received needs-related payments"),
    RECENT_FOLLOW_UP(1503, "Most recent date received follow-up service");

    private final int number;
    private final String label;

    PirlServiceElement(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The data element number in the PIRL layout. */
    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** {@link #label()} in the reader's language (issue 19). */
    public Text text() {
        return Text.of("reference.pirl." + number);
    }

    /** {@link #numberedLabel()} in the reader's language. */
    public Text numberedText() {
        return Text.of("reference.pirl.numbered", number, text());
    }

    /** E.g. "1200 Date of first individualized career service". */
    public String numberedLabel() {
        return number + " " + label;
    }

    public static Optional<PirlServiceElement> of(Integer number) {
        return number == null
                ? Optional.empty()
                : Arrays.stream(values()).filter(e -> e.number == number).findFirst();
    }
}
