package org.waypoint.persistence.lmi;

/** The published files Waypoint imports, one kind per layout. */
public enum LmiDatasetKind {
    /** KYSTATS Occupational Outlook workbook: projections and wages for Kentucky and its LWAs. */
    OCCUPATIONAL_OUTLOOK("KYSTATS Occupational Outlook (.xlsx)"),
    /** BLS OEWS workbook: national, state, metropolitan or nonmetropolitan wages (32 columns). */
    OEWS_WAGES("BLS OEWS wages (.xlsx)"),
    /** O*NET Occupation Data: code, title and description (tab-delimited or CSV). */
    ONET_OCCUPATIONS("O*NET Occupation Data (.txt or .csv)"),
    /** O*NET Related Occupations (CSV). */
    ONET_RELATED_OCCUPATIONS("O*NET Related Occupations (.csv)"),
    /** O*NET Education, Training, and Experience (.xlsx). */
    ONET_EDUCATION("O*NET Education, Training, and Experience (.xlsx)"),
    /** HUD-USPS ZIP-county crosswalk (CSV: zip,county). */
    ZIP_COUNTY("HUD-USPS ZIP to county crosswalk (.csv)");

    private final String label;

    LmiDatasetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
