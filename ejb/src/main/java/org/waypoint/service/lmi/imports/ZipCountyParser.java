package org.waypoint.service.lmi.imports;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the HUD-USPS ZIP-county crosswalk as a CSV of "zip,county" (5-digit ZIP, 5-digit county
 * FIPS), the form ../shared/data/geo/ZIP_COUNTY.csv has, with or without a byte-order mark. The
 * relation is many-to-many; a pair listed twice is an error.
 */
public final class ZipCountyParser {

    public static final String VINTAGE = "HUD-USPS ZIP Code Crosswalk (ZIP to county)";
    static final String FILE = "ZIP-county crosswalk";
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    enum Column implements LayoutColumn {
        ZIP("zip"),
        COUNTY("county");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        @Override
        public String header() {
            return header;
        }
    }

    public ParseResult<ZipCounty> parse(InputStream in) {
        return parse(in, VINTAGE);
    }

    /**
     * @param vintage e.g. "HUD-USPS ZIP Code Crosswalk 2025 Q1"
     * @throws LayoutException when a column is missing or unexpected
     * @throws UnreadableFileException when the stream is not UTF-8 delimited text
     */
    public ParseResult<ZipCounty> parse(InputStream in, String vintage) {
        Map<String, Integer> seen = new HashMap<>();
        RowCollector<Column, ZipCounty> collector =
                new RowCollector<>(FILE, Column.class, header -> List.of(Column.values()), cells -> {
                    String zip = fiveDigits(cells, Column.ZIP, "ZIP code");
                    String county = fiveDigits(cells, Column.COUNTY, "county FIPS code");
                    if (zip == null || county == null) {
                        return null;
                    }
                    Integer first = seen.putIfAbsent(zip + county, cells.rowNumber());
                    if (first != null) {
                        cells.reject(Column.ZIP, zip + " with county " + county + " is already on row " + first);
                    }
                    return new ZipCounty(zip, county);
                });
        DelimitedTextReader.read(in, FILE, collector);
        return collector.result(vintage);
    }

    private static String fiveDigits(Cells<Column> cells, Column column, String what) {
        String value = cells.required(column);
        if (value != null && !FIVE_DIGITS.matcher(value).matches()) {
            cells.reject(column, "\"" + value + "\" is not a 5-digit " + what);
            return null;
        }
        return value;
    }
}
