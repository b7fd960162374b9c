package org.waypoint.service.lmi.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.service.lmi.Area;
import org.waypoint.service.lmi.AreaComparison;
import org.waypoint.service.lmi.AreaType;
import org.waypoint.service.lmi.DataSource;
import org.waypoint.service.lmi.InDemand;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.Projection;
import org.waypoint.service.lmi.RelatedOccupationFigures;
import org.waypoint.service.lmi.Wages;

/**
 * Profiles built by hand from the shipped files' figures: Dental Assistants in the Bluegrass LWA
 * (KYSTATS Occupational Outlook 2022-2032, the row KystatsOutlookParserTest reads), and an
 * occupation whose wages are top-coded or suppressed and which has no projections (a BLS OEWS
 * area).
 */
final class LmiReportFixtures {

    static final String KYSTATS = "KYSTATS Occupational Outlook 2022-2032";
    static final String ONET = "O*NET 30.0 Database";
    static final String OEWS = "BLS OEWS May 2024";
    static final LocalDate PREPARED_ON = LocalDate.of(2026, 11, 23);

    static final Area KENTUCKY = new Area("KY", "Kentucky", AreaType.STATE, "KY");
    static final Area BLUEGRASS = new Area("KY-bluegrass", "Bluegrass LWA", AreaType.LWA, "KY");
    static final Area CUMBERLANDS = new Area("KY-cumberlands", "Cumberlands LWA", AreaType.LWA, "KY");
    static final Area KENTUCKIANA = new Area("KY-kentuckiana", "Kentuckiana Works LWA", AreaType.LWA, "KY");
    static final Area LEXINGTON = new Area("OEWS-30460", "Lexington-Fayette, KY", AreaType.OEWS_AREA, "KY");
    static final Area NATION = new Area("US", "United States", AreaType.NATION, null);

    private LmiReportFixtures() {}

    static OccupationProfile dentalAssistantsInBluegrass() {
        return new OccupationProfile(
                "31-9091",
                "31-9091.00",
                "Dental Assistants",
                "Perform limited clinical duties under the direction of a dentist. Clinical duties may include"
                        + " equipment preparation and sterilization, preparing patients for treatment, assisting the"
                        + " dentist during treatment, and providing patients with instructions for oral healthcare"
                        + " procedures.",
                BLUEGRASS,
                new Projection(KYSTATS, 2022, 2032, 834, 911, 77, new BigDecimal("9.2326"), 485, 710, 1272),
                new Wages(KYSTATS, 39647, 28237, null, 31286, 38758, 46649, null, 51813, false),
                "Postsecondary nondegree award",
                "None",
                "None",
                "Post-Secondary Certificate",
                List.of(
                        new RelatedOccupationFigures("31-9092", "Medical Assistants", "Primary-Short", 37794, 214),
                        new RelatedOccupationFigures("29-1292", "Dental Hygienists", "Primary-Long", 72010, 31),
                        new RelatedOccupationFigures("31-9097", "Phlebotomists", "Supplemental", null, null)),
                42510,
                false,
                new InDemand(
                        true,
                        true,
                        "Grows 9.2 % (all jobs here: 4.1 %) and has 127 openings a year (the typical occupation"
                                + " here: 38)."),
                "Dental Assistants in the Bluegrass LWA: median wage $38,758 a year; about 127 openings a year;"
                        + " employment expected to grow 9.2% from 2022 to 2032; typically needs a postsecondary"
                        + " nondegree award.",
                List.of(
                        new DataSource("Projections and wages", KYSTATS, "2026-11-02"),
                        new DataSource("Descriptions, education and related occupations", ONET, "2026-11-03")));
    }

    /** Top-coded and suppressed OEWS wages, no projections, no O*NET survey, nothing related. */
    static OccupationProfile surgeonsInLexington() {
        return new OccupationProfile(
                "29-1022",
                "29-1022.00",
                "Oral and Maxillofacial Surgeons",
                "Perform surgery and related procedures on the hard and soft tissues of the oral and"
                        + " maxillofacial regions.",
                LEXINGTON,
                null,
                new Wages(OEWS, null, null, 114_560, null, null, null, null, null, true),
                "Doctoral or professional degree",
                "None",
                "Internship/residency",
                null,
                List.of(),
                48_020,
                null,
                new InDemand(false, false, null),
                null,
                List.of(new DataSource("Wages", OEWS, "2026-10-15")));
    }

    /** Dental Assistants across the areas, as the comparison service lists them. */
    static AreaComparison dentalAssistantsAcrossAreas() {
        return new AreaComparison(
                "31-9091",
                "Dental Assistants",
                List.of(
                        new AreaComparison.Row(KENTUCKY, 28415, 38210, 50120, 612),
                        new AreaComparison.Row(BLUEGRASS, 28237, 38758, 51813, 127),
                        new AreaComparison.Row(CUMBERLANDS, 24180, 31460, 41250, 23),
                        new AreaComparison.Row(KENTUCKIANA, 30120, 40355, 53980, 148),
                        new AreaComparison.Row(LEXINGTON, null, 41180, null, null),
                        new AreaComparison.Row(NATION, null, 47300, null, null)));
    }

    static OccupationProfile medicalAssistantsInBluegrass() {
        return sibling("31-9092", "Medical Assistants", 37794, 214);
    }

    static OccupationProfile pharmacyTechniciansInBluegrass() {
        return sibling("29-2052", "Pharmacy Technicians", null, 96);
    }

    private static OccupationProfile sibling(String soc, String title, Integer median, int openingsPerYear) {
        return new OccupationProfile(
                soc,
                soc + ".00",
                title,
                null,
                BLUEGRASS,
                new Projection(KYSTATS, 2022, 2032, 1000, 1100, 100, BigDecimal.TEN, 400, 500, openingsPerYear * 10),
                new Wages(KYSTATS, median, null, null, null, median, null, null, null, false),
                null,
                null,
                null,
                null,
                List.of(),
                42510,
                null,
                new InDemand(false, true, null),
                null,
                List.of());
    }

    static LmiReport fullReport() {
        return new LmiReport(
                "Jordan Reyes",
                "Pat Smith",
                PREPARED_ON,
                dentalAssistantsInBluegrass(),
                dentalAssistantsAcrossAreas(),
                List.of(medicalAssistantsInBluegrass(), pharmacyTechniciansInBluegrass()));
    }
}
