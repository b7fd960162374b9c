package org.waypoint.service.reporting.pirl;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One data element of the PIRL public-use record layout as {@link PirlLayout} read it: its number
 * (e.g. {@code 1303} or {@code 108-A}), name, data type and field length, and, for coded
 * elements, the code values the layout lists. The valid-value check of the WIPS edit checks (type,
 * length, code set) is driven by this record alone.
 *
 * @param codes the code values ("1", "01", ...) when the layout lists them; empty for free values
 * @param blankAllowed whether the layout says "0 or Blank" / "Blank =" for the element; every
 *     element may otherwise be blank when Waypoint holds no value for it (the layout's "if
 *     applicable" and "leave blank" rules)
 */
public record PirlElement(
        String number, String name, DataType type, int length, List<String> codes, boolean blankAllowed) {

    /** The layout's three data types: alphanumeric, integer (digits), date (YYYYMMDD). */
    public enum DataType {
        AN,
        IN,
        DT
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DATE = Pattern.compile("(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])");

    public PirlElement {
        codes = List.copyOf(codes);
    }

    /**
     * Why {@code value} is not a valid value of this element (type, length, code set), or empty
     * when it is; a blank value is valid (the element is not reported).
     */
    public Optional<String> invalid(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() > length) {
            return Optional.of(PirlTexts.why("tooLong", length));
        }
        switch (type) {
            case IN -> {
                if (!DIGITS.matcher(value).matches()) {
                    return Optional.of(PirlTexts.why("notNumber"));
                }
                if (!codes.isEmpty() && !isCode(value)) {
                    return Optional.of(PirlTexts.why("notCode", String.join(", ", codes)));
                }
            }
            case DT -> {
                if (!DATE.matcher(value).matches() || !realDate(value)) {
                    return Optional.of(PirlTexts.why("notDate"));
                }
            }
            case AN -> {
                if (value.indexOf(',') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('"') >= 0) {
                    return Optional.of(PirlTexts.why("separator"));
                }
            }
        }
        return Optional.empty();
    }

    /** Codes compare as numbers too: the layout writes 01 for element 1303 and 1 for element 201. */
    private boolean isCode(String value) {
        if (codes.contains(value)) {
            return true;
        }
        int number = Integer.parseInt(value);
        return codes.stream().anyMatch(c -> Integer.parseInt(c) == number && c.length() == value.length());
    }

    private static boolean realDate(String value) {
        try {
            java.time.LocalDate.parse(value, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
