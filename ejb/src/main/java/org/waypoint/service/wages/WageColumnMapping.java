package org.waypoint.service.wages;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/**
 * Where a wage file keeps each field. With a header row ({@code hasHeader} true or null, the
 * default), each field names the header of its column; a field left empty means the default
 * header (SSN, YEAR, QUARTER, FEIN, WAGES). Without a header row, each field is the column's
 * position, 1 for the first; a field left empty means the default order SSN, year, quarter, FEIN,
 * wages. The page's mapping fields and the API's form or query parameters bind these names.
 */
public record WageColumnMapping(
        Boolean hasHeader,
        String ssnColumn,
        String yearColumn,
        String quarterColumn,
        String feinColumn,
        String wagesColumn)
        implements Serializable {

    /** The longest header name accepted, as wage_import_error.column_name holds it. */
    public static final int MAX_HEADER = 100;

    /** The default layout: a header row with SSN, YEAR, QUARTER, FEIN and WAGES. */
    public static WageColumnMapping defaults() {
        return new WageColumnMapping(true, null, null, null, null, null);
    }

    public boolean headerRow() {
        return hasHeader == null || hasHeader;
    }

    /** What the mapping field for {@code field} says, or null when it is empty. */
    public String given(WageField field) {
        String value =
                switch (field) {
                    case SSN -> ssnColumn;
                    case YEAR -> yearColumn;
                    case QUARTER -> quarterColumn;
                    case FEIN -> feinColumn;
                    case WAGES -> wagesColumn;
                };
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The header each field is read from (a file with a header row).
     *
     * @throws InvalidInputException naming the mapping field that is too long or names a column
     *     another field already uses
     */
    public Map<WageField, String> headers() {
        Map<WageField, String> headers = new EnumMap<>(WageField.class);
        Map<String, Text> errors = new LinkedHashMap<>();
        Map<String, WageField> used = new LinkedHashMap<>();
        for (WageField field : WageField.values()) {
            String header = given(field) == null ? field.defaultHeader() : given(field);
            if (header.length() > MAX_HEADER) {
                errors.put(field.mappingField(), Text.of("wages.mapping.headerLength", MAX_HEADER));
                continue;
            }
            WageField other = used.putIfAbsent(header.toLowerCase(Locale.ROOT), field);
            if (other != null) {
                errors.put(field.mappingField(), Text.of("wages.mapping.headerUsed", other.defaultHeader(), header));
                continue;
            }
            headers.put(field, header);
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        return headers;
    }

    /**
     * The 0-based position each field is read from (a file without a header row).
     *
     * @throws InvalidInputException naming the mapping field that is not a column number or repeats one
     */
    public Map<WageField, Integer> positions() {
        Map<WageField, Integer> positions = new EnumMap<>(WageField.class);
        Map<String, Text> errors = new LinkedHashMap<>();
        Map<Integer, WageField> used = new LinkedHashMap<>();
        for (WageField field : WageField.values()) {
            String given = given(field);
            int position;
            if (given == null) {
                position = field.defaultPosition();
            } else if (given.matches("\\d{1,3}") && Integer.parseInt(given) >= 1) {
                position = Integer.parseInt(given);
            } else {
                errors.put(field.mappingField(), Text.of("wages.mapping.columnNumber"));
                continue;
            }
            WageField other = used.putIfAbsent(position, field);
            if (other != null) {
                errors.put(field.mappingField(), Text.of("wages.mapping.columnUsed", position, other.defaultHeader()));
                continue;
            }
            positions.put(field, position - 1);
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        return positions;
    }

    /** Checks the mapping before a file is read; the errors name the mapping fields. */
    public void validate() {
        if (headerRow()) {
            headers();
        } else {
            positions();
        }
    }

    /** How the columns were read, for the import record: "header: SSN=SSN, YEAR=Yr, ...". */
    public String describe() {
        StringBuilder text = new StringBuilder(headerRow() ? "header:" : "columns:");
        Map<WageField, ?> where = headerRow() ? headers() : positions();
        for (WageField field : WageField.values()) {
            Object at = where.get(field);
            text.append(' ')
                    .append(field.defaultHeader())
                    .append('=')
                    .append(at instanceof Integer position ? position + 1 : at)
                    .append(field == WageField.WAGES ? "" : ",");
        }
        return text.length() > 500 ? text.substring(0, 500) : text.toString();
    }
}
