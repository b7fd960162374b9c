package org.waypoint.service.lmi.imports;

import static org.waypoint.service.lmi.imports.OewsColumn.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a BLS OEWS data workbook (national, state, metropolitan or nonmetropolitan area; the data
 * on the first sheet, 32 columns). The vintage comes from the workbook itself: the title of its
 * "Field Descriptions" sheet ("May 2024 OEWS Estimates") or else the data sheet's name
 * ("national_M2024_dl"), so that a file cannot be imported under the wrong year.
 */
public final class OewsParser {

    static final String FILE = "BLS OEWS";
    static final Set<String> O_GROUPS = Set.of("total", "major", "minor", "broad", "detailed");

    private static final String SUPPRESSED_WAGE = "*";
    private static final String SUPPRESSED_EMPLOYMENT = "**";
    private static final String TOP_CODED = "#";
    private static final Pattern TITLE = Pattern.compile("([A-Z][a-z]+ \\d{4}) OEW?S Estimates.*");
    private static final Pattern SHEET_NAME = Pattern.compile("(?i).*_M(\\d{4})_dl.*");

    /**
     * @throws LayoutException when a column is missing or unexpected, or the workbook does not say
     *     which release it is
     * @throws UnreadableFileException when the stream is not a readable .xlsx workbook
     */
    public ParseResult<OewsRow> parse(InputStream in) {
        RowCollector<OewsColumn, OewsRow> collector =
                new RowCollector<>(FILE, OewsColumn.class, header -> List.of(OewsColumn.values()), OewsParser::row);
        String[] vintage = new String[1];
        XlsxReader.read(in, FILE, (index, name) -> {
            if (index == 0) {
                vintage[0] = fromSheetName(name);
                return collector;
            }
            if (name.strip().equalsIgnoreCase("Field Descriptions")) {
                return (rowNumber, cells) -> {
                    Matcher title =
                            cells.isEmpty() ? null : TITLE.matcher(cells.get(0).strip());
                    if (title != null && title.matches()) {
                        vintage[0] = "BLS OEWS " + title.group(1);
                    }
                };
            }
            return null;
        });
        collector.requireHeader();
        if (vintage[0] == null) {
            throw new LayoutException(FILE + ": the workbook does not say which release it is (no \"May YYYY OEWS"
                    + " Estimates\" title on a Field Descriptions sheet, no _MYYYY_dl sheet name)");
        }
        return collector.result(vintage[0]);
    }

    private static String fromSheetName(String name) {
        Matcher matcher = SHEET_NAME.matcher(name);
        return matcher.matches() ? "BLS OEWS May " + matcher.group(1) : null;
    }

    private static OewsRow row(Cells<OewsColumn> cells) {
        Set<OewsColumn> topCoded = EnumSet.noneOf(OewsColumn.class);
        Integer areaType = cells.wholeNumber(AREA_TYPE, true);
        String oGroup = cells.required(O_GROUP);
        if (oGroup != null && !O_GROUPS.contains(oGroup)) {
            cells.reject(O_GROUP, "\"" + oGroup + "\" is none of total, major, minor, broad, detailed");
        }
        return new OewsRow(
                cells.required(AREA),
                cells.required(AREA_TITLE),
                areaType == null ? 0 : areaType,
                cells.required(PRIM_STATE),
                cells.required(NAICS),
                cells.soc(OCC_CODE),
                cells.required(OCC_TITLE),
                oGroup,
                wholeNumber(cells, TOT_EMP, topCoded),
                decimal(cells, JOBS_1000, topCoded),
                decimal(cells, LOC_QUOTIENT, topCoded),
                decimal(cells, H_MEAN, topCoded),
                wholeNumber(cells, A_MEAN, topCoded),
                decimal(cells, H_PCT10, topCoded),
                decimal(cells, H_PCT25, topCoded),
                decimal(cells, H_MEDIAN, topCoded),
                decimal(cells, H_PCT75, topCoded),
                decimal(cells, H_PCT90, topCoded),
                wholeNumber(cells, A_PCT10, topCoded),
                wholeNumber(cells, A_PCT25, topCoded),
                wholeNumber(cells, A_MEDIAN, topCoded),
                wholeNumber(cells, A_PCT75, topCoded),
                wholeNumber(cells, A_PCT90, topCoded),
                flag(cells, ANNUAL),
                flag(cells, HOURLY),
                topCoded);
    }

    private static Integer wholeNumber(Cells<OewsColumn> cells, OewsColumn column, Set<OewsColumn> topCoded) {
        String value = estimate(cells, column, topCoded);
        return value == null ? null : cells.wholeNumber(column, value);
    }

    private static BigDecimal decimal(Cells<OewsColumn> cells, OewsColumn column, Set<OewsColumn> topCoded) {
        String value = estimate(cells, column, topCoded);
        return value == null ? null : cells.decimal(column, value);
    }

    /** The cell's number as text, or null for a blank, suppressed or top-coded estimate. */
    private static String estimate(Cells<OewsColumn> cells, OewsColumn column, Set<OewsColumn> topCoded) {
        String value = cells.text(column);
        if (value == null || value.equals(SUPPRESSED_WAGE) || value.equals(SUPPRESSED_EMPLOYMENT)) {
            return null;
        }
        if (value.equals(TOP_CODED)) {
            if (column.isWage()) {
                topCoded.add(column);
            } else {
                cells.reject(column, "\"#\" (top-coded) is only used for wages");
            }
            return null;
        }
        return value;
    }

    /** ANNUAL and HOURLY: "TRUE" or blank. */
    private static boolean flag(Cells<OewsColumn> cells, OewsColumn column) {
        String value = cells.text(column);
        if (value == null || value.equalsIgnoreCase("FALSE")) {
            return false;
        }
        if (value.equalsIgnoreCase("TRUE")) {
            return true;
        }
        cells.reject(column, "\"" + value + "\" is neither TRUE nor blank");
        return false;
    }
}
