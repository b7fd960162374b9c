package org.waypoint.service.lmi.imports;

/** The O*NET occupation and related-occupation columns, shared by their two parsers. */
enum OnetColumns implements LayoutColumn {
    /** Added by the third party that re-exported Related Occupations; not an O*NET field. */
    PK("PK"),
    ONET_SOC_CODE("O*NET-SOC Code"),
    TITLE("Title"),
    DESCRIPTION("Description"),
    RELATED_ONET_SOC_CODE("Related O*NET-SOC Code"),
    /** Added by the re-export too (denormalised from Occupation Data). */
    RELATED_TITLE("Related Title"),
    RELATEDNESS_TIER("Relatedness Tier"),
    INDEX("Index");

    private final String header;

    OnetColumns(String header) {
        this.header = header;
    }

    @Override
    public String header() {
        return header;
    }
}
