package org.waypoint.persistence.lmi;

/** The published files Waypoint imports, one kind per layout. */
public enum LmiDatasetKind {
    /** KYSTATS Occupational Outlook workbook: projections and wages for Kentucky and its LWAs. */
    OCCUPATIONAL_OUTLOOK("KYSTATS Occupational Outlook (.xlsx)"),
    /** BLS OEWS workbook: national, state, metropolitan or nonmetropolitan wages (32 columns). */
    OEWS_WAGES("BLS OEWS wages (.xlsx)"),
    /** O*NET Occupation Data: code, title and description (tab-delimited or CSV). */
    ONET_OCCUPATIONS("O*NET Occupation Data (.txt or .csv)"),
    /** O*NET Related Occupations (tab-delimited, or the CSV re-export). */
    ONET_RELATED_OCCUPATIONS("O*NET Related Occupations (.txt or .csv)"),
    /** O*NET Education, Training, and Experience (tab-delimited or .xlsx). */
    ONET_EDUCATION("O*NET Education, Training, and Experience (.txt or .xlsx)"),
    /** HUD-USPS ZIP-county crosswalk (CSV: zip,county). */
    ZIP_COUNTY("HUD-USPS ZIP to county crosswalk (.csv)"),
    /** O*NET Job Zones: how much preparation an occupation needs, 1 to 5 (tab-delimited). */
    ONET_JOB_ZONES("O*NET Job Zones (.txt)"),
    /** O*NET Interests: the RIASEC scores and high-point code of each occupation (tab-delimited). */
    ONET_INTERESTS("O*NET Interests (.txt)"),
    /** O*NET Alternate Titles: other names of each occupation (tab-delimited). */
    ONET_ALTERNATE_TITLES("O*NET Alternate Titles (.txt)"),
    /** O*NET Sample of Reported Titles: job titles workers reported (tab-delimited). */
    ONET_REPORTED_TITLES("O*NET Sample of Reported Titles (.txt)"),
    /** O*NET Tools Used (tab-delimited). */
    ONET_TOOLS("O*NET Tools Used (.txt)"),
    /** O*NET Technology Skills, with the Hot Technology and In Demand flags (tab-delimited). */
    ONET_TECHNOLOGY_SKILLS("O*NET Technology Skills (.txt)"),
    /** O*NET Task Statements, core and supplemental (tab-delimited). */
    ONET_TASKS("O*NET Task Statements (.txt)");

    private final String label;

    LmiDatasetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
