package org.waypoint.service.lmi.imports;

import java.io.InputStream;
import java.util.List;

/**
 * Reads the KYSTATS Occupational Outlook workbook (first sheet): one row per occupation and area,
 * for Kentucky and its 10 Local Workforce Areas. SOC codes come as "319091" and are normalised to
 * "31-9091"; blank wage cells (suppressed) become null.
 */
public final class KystatsOutlookParser {

    public static final String VINTAGE = "KYSTATS Occupational Outlook 2022-2032";
    static final String FILE = "KYSTATS occupational outlook";

    /** The 23 columns of the 2022-2032 release, in file order. */
    enum Column implements LayoutColumn {
        AREA_NAME("Area Name"),
        AREA_TYPE("Area Type"),
        SOC_TITLE("SOC Title"),
        SOC("Standard Occupational Classification (SOC)"),
        SOC_MAJOR_GROUP("SOC Major Group"),
        SOC_CLASSIFICATION("SOC Classification"),
        BASE_EMPLOYMENT("2022 Estimated Employment"),
        PROJECTED_EMPLOYMENT("2032 Projected Employment"),
        CHANGE("Change"),
        PERCENT_CHANGE("Percent Change"),
        ANNUALIZED_GROWTH("Annualized Percent Growth (Grow Rate)"),
        EXITS("Exits"),
        TRANSFERS("Transfers"),
        OPENINGS("Openings"),
        MEAN_WAGE("Mean Annual"),
        ENTRY_WAGE("Entry Annual"),
        // Published with this typo; a corrected release is accepted too.
        PCT25_WAGE("25th Percentile Anual", "25th Percentile Annual"),
        MEDIAN_WAGE("Median Annual"),
        PCT75_WAGE("75th Percentile Annual"),
        EXPERIENCED_WAGE("Experienced Annual"),
        TYPICAL_EDUCATION("Typical Education Required for Entry"),
        WORK_EXPERIENCE("Typical Work Experience Required in Related Occupation"),
        ON_THE_JOB_TRAINING("Typical On-the-Job Training Required to Achieve Competency");

        private final String header;
        private final List<String> aliases;

        Column(String header, String... aliases) {
            this.header = header;
            this.aliases = List.of(aliases);
        }

        @Override
        public String header() {
            return header;
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }
    }

    /**
     * Parses the workbook; the vintage is named after the years in its employment headers, e.g.
     * "KYSTATS Occupational Outlook 2022-2032", so that a later release names itself.
     */
    public ParseResult<OutlookRow> parse(InputStream in) {
        return parse(in, null);
    }

    /**
     * @param vintage the release's name; null to name it after the years in its headers
     * @throws LayoutException when a column is missing or unexpected
     * @throws UnreadableFileException when the stream is not a readable .xlsx workbook
     */
    public ParseResult<OutlookRow> parse(InputStream in, String vintage) {
        RowCollector<Column, OutlookRow> collector =
                new RowCollector<>(FILE, Column.class, header -> List.of(Column.values()), KystatsOutlookParser::row);
        XlsxReader.read(in, FILE, (index, name) -> index == 0 ? collector : null);
        collector.requireHeader();
        Header<Column> header = collector.header();
        Integer base = header.year(Column.BASE_EMPLOYMENT);
        Integer projected = header.year(Column.PROJECTED_EMPLOYMENT);
        if (base == null || projected == null || projected <= base) {
            throw new LayoutException(FILE + ": the employment columns \"" + header.written(Column.BASE_EMPLOYMENT)
                    + "\" and \"" + header.written(Column.PROJECTED_EMPLOYMENT) + "\" do not name a base year"
                    + " and a later projection year");
        }
        return collector.result(vintage == null ? "KYSTATS Occupational Outlook " + base + "-" + projected : vintage);
    }

    private static OutlookRow row(Cells<Column> cells) {
        String areaName = cells.required(Column.AREA_NAME);
        AreaLevel level = level(cells);
        String soc = cells.soc(Column.SOC);
        String majorGroup = cells.required(Column.SOC_MAJOR_GROUP);
        if (soc != null && majorGroup != null && !soc.startsWith(majorGroup + "-")) {
            // The major group is the SOC code's first two digits: a mismatch means shifted cells.
            cells.reject(Column.SOC_MAJOR_GROUP, "\"" + majorGroup + "\" is not the major group of SOC " + soc);
        }
        Boolean detailed = detailed(cells);
        return new OutlookRow(
                areaName,
                level,
                soc,
                cells.required(Column.SOC_TITLE),
                detailed != null && detailed,
                cells.wholeNumber(Column.BASE_EMPLOYMENT, true),
                cells.wholeNumber(Column.PROJECTED_EMPLOYMENT, true),
                cells.wholeNumber(Column.CHANGE, true),
                cells.decimal(Column.PERCENT_CHANGE, false),
                cells.decimal(Column.ANNUALIZED_GROWTH, false),
                cells.wholeNumber(Column.EXITS, true),
                cells.wholeNumber(Column.TRANSFERS, true),
                cells.wholeNumber(Column.OPENINGS, true),
                cells.wholeNumber(Column.MEAN_WAGE, false),
                cells.wholeNumber(Column.ENTRY_WAGE, false),
                cells.wholeNumber(Column.PCT25_WAGE, false),
                cells.wholeNumber(Column.MEDIAN_WAGE, false),
                cells.wholeNumber(Column.PCT75_WAGE, false),
                cells.wholeNumber(Column.EXPERIENCED_WAGE, false),
                cells.text(Column.TYPICAL_EDUCATION),
                cells.text(Column.WORK_EXPERIENCE),
                cells.text(Column.ON_THE_JOB_TRAINING));
    }

    private static AreaLevel level(Cells<Column> cells) {
        String type = cells.required(Column.AREA_TYPE);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "State Level" -> AreaLevel.STATE;
            case "LWA Level" -> AreaLevel.LWA;
            default -> {
                cells.reject(Column.AREA_TYPE, "\"" + type + "\" is neither \"State Level\" nor \"LWA Level\"");
                yield null;
            }
        };
    }

    /** Blank is a detailed occupation, "All" the total, "1st Degree" a SOC major group. */
    private static Boolean detailed(Cells<Column> cells) {
        String classification = cells.text(Column.SOC_CLASSIFICATION);
        if (classification == null) {
            return true;
        }
        return switch (classification) {
            case "All", "1st Degree" -> false;
            default -> {
                cells.reject(
                        Column.SOC_CLASSIFICATION,
                        "\"" + classification + "\" is none of \"All\", \"1st Degree\" or blank (detailed)");
                yield null;
            }
        };
    }
}
