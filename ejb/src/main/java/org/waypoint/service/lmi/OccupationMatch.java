package org.waypoint.service.lmi;

/**
 * An occupation found by a search, with what matched so that staff see why it came up ("CNA" finds
 * Nursing Assistants, matched: abbreviation "CNA").
 *
 * @param soc NN-NNNN
 * @param title the occupation's title
 * @param matched the text that matched when it is not the title: the O*NET specialty ("Acute Care
 *     Nurses" for Registered Nurses), alternate or reported title ("Certified Phlebotomist"), the
 *     abbreviation ("CNA"), or the words as corrected ("dental assistants" for "dental
 *     assistent"); null for the title, a description or a SOC code
 * @param matchedBy how it matched
 */
public record OccupationMatch(String soc, String title, String matched, MatchedBy matchedBy) {

    /** How a search matched an occupation, best first. */
    public enum MatchedBy {
        CODE,
        TITLE,
        ABBREVIATION,
        ONET_SPECIALTY,
        REPORTED_TITLE,
        ALTERNATE_TITLE,
        SPELLING_CORRECTION,
        DESCRIPTION
    }

    /** A match by title, or by O*NET specialty where {@code matched} names one. */
    public OccupationMatch(String soc, String title, String matched) {
        this(soc, title, matched, matched == null ? MatchedBy.TITLE : MatchedBy.ONET_SPECIALTY);
    }
}
