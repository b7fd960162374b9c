package org.waypoint.service.lmi.imports;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads O*NET's "Interests.txt" (O*NET-SOC Code, Element ID, Element Name, Scale ID, Data Value,
 * Date, Domain Source) into one {@link OnetInterests} per occupation: the six RIASEC scores of
 * scale OI and the high-point code from the three rows of scale IH, whose values 1 to 6 stand for
 * R, I, A, S, E, C and 0 for no further high-point. An occupation that lacks one of its nine rows
 * is an error on its first row: a profile without all six scores cannot be matched fairly.
 */
public final class OnetInterestsParser {

    static final String FILE = "O*NET interests";

    /** The seven columns of O*NET's layout. */
    enum Column implements LayoutColumn {
        ONET_SOC_CODE("O*NET-SOC Code"),
        ELEMENT_ID("Element ID"),
        ELEMENT_NAME("Element Name"),
        SCALE_ID("Scale ID"),
        DATA_VALUE("Data Value"),
        DATE("Date"),
        DOMAIN_SOURCE("Domain Source");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        @Override
        public String header() {
            return header;
        }
    }

    /** Parses the file as the shipped release's. */
    public ParseResult<OnetInterests> parse(InputStream in) {
        return parse(in, OnetRelease.SHIPPED);
    }

    /**
     * @param vintage the O*NET release, e.g. "O*NET 29.2"
     * @return one profile per occupation, in file order; {@code rowsRead} counts the file's rows
     * @throws LayoutException when a column is missing or unexpected
     * @throws UnreadableFileException when the stream is not UTF-8 delimited text
     */
    public ParseResult<OnetInterests> parse(InputStream in, String vintage) {
        Map<String, InterestProfile> profiles = new LinkedHashMap<>();
        RowCollector<Column, Void> collector = new RowCollector<>(
                FILE, Column.class, header -> List.of(Column.values()), cells -> read(cells, profiles));
        DelimitedTextReader.read(in, FILE, collector);
        ParseResult<Void> read = collector.result(vintage);
        List<RowError> errors = new ArrayList<>(read.errors());
        List<OnetInterests> rows = new ArrayList<>();
        String elementColumn = collector.header().written(Column.ELEMENT_ID);
        for (InterestProfile profile : profiles.values()) {
            List<String> missing = profile.missing();
            if (!missing.isEmpty() && !profile.hadErrors) {
                errors.add(new RowError(
                        profile.firstRow,
                        elementColumn,
                        profile.code + " has no " + String.join(", ", missing) + " row"));
            } else if (missing.isEmpty()) {
                rows.add(profile.toRecord());
            }
        }
        errors.sort((a, b) -> Integer.compare(a.rowNumber(), b.rowNumber()));
        return new ParseResult<>(errors.isEmpty() ? rows : List.of(), errors, vintage, read.rowsRead());
    }

    /** Adds a row's value to its occupation's profile; returns null, the profiles are the result. */
    private static Void read(Cells<Column> cells, Map<String, InterestProfile> profiles) {
        String code = cells.onetSocCode(Column.ONET_SOC_CODE);
        String element = cells.required(Column.ELEMENT_ID);
        String scale = cells.required(Column.SCALE_ID);
        BigDecimal value = cells.decimal(Column.DATA_VALUE, true);
        InterestElement known = element == null || scale == null ? null : InterestElement.of(element, scale);
        if (element != null && scale != null && known == null) {
            cells.reject(
                    Column.ELEMENT_ID,
                    "\"" + element + "\" of scale \"" + scale + "\" is not a RIASEC interest"
                            + " (1.B.1.a to 1.B.1.f of OI) or high-point (1.B.1.g to 1.B.1.i of IH)");
        }
        if (known != null && value != null) {
            String problem = known.check(value);
            if (problem != null) {
                cells.reject(Column.DATA_VALUE, problem);
            }
        }
        InterestProfile profile = code == null
                ? null
                : profiles.computeIfAbsent(code, key -> new InterestProfile(code, cells.rowNumber()));
        if (cells.hasErrors()) {
            if (profile != null) {
                // Its missing row is this bad one, already named.
                profile.hadErrors = true;
            }
            return null;
        }
        Integer first = profile.rowOf.putIfAbsent(known, cells.rowNumber());
        if (first != null) {
            cells.reject(Column.ELEMENT_ID, element + " of " + code + " is already on row " + first);
            return null;
        }
        profile.values.put(known, value);
        return null;
    }
}
