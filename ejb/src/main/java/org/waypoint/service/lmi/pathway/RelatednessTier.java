package org.waypoint.service.lmi.pathway;

/** O*NET's relatedness tiers as "Related Occupations.txt" writes them, closest first. */
public final class RelatednessTier {

    public static final String PRIMARY_SHORT = "Primary-Short";
    public static final String PRIMARY_LONG = "Primary-Long";
    public static final String SUPPLEMENTAL = "Supplemental";

    private RelatednessTier() {}

    /** The text key of a tier: "lmi.pathway.tier.primaryShort". */
    static String key(String tier) {
        return switch (tier) {
            case PRIMARY_SHORT -> "lmi.pathway.tier.primaryShort";
            case PRIMARY_LONG -> "lmi.pathway.tier.primaryLong";
            default -> "lmi.pathway.tier.supplemental";
        };
    }
}
