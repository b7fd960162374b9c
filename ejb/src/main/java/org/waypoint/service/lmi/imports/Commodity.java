package org.waypoint.service.lmi.imports;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The UNSPSC commodity that O*NET files tools and technology under: its eight-digit code, and the
 * rule both files share that an example appears once per occupation and commodity.
 */
final class Commodity {

    private static final Pattern CODE = Pattern.compile("\\d{8}");

    private Commodity() {}

    /** The eight-digit UNSPSC commodity code; anything else is an error. */
    static <C extends Enum<C> & LayoutColumn> String code(Cells<C> cells, C column) {
        String value = cells.required(column);
        if (value != null && !CODE.matcher(value).matches()) {
            cells.reject(column, "\"" + value + "\" is not an eight-digit UNSPSC commodity code");
            return null;
        }
        return value;
    }

    /** Refuses an example that an earlier row already gave for the same occupation and commodity. */
    static <C extends Enum<C> & LayoutColumn> void refuseRepeat(
            Cells<C> cells, C column, Map<String, Integer> seen, String code, String commodity, String example) {
        if (code == null || commodity == null || example == null) {
            return;
        }
        Integer first = seen.putIfAbsent(code + "\t" + commodity + "\t" + example, cells.rowNumber());
        if (first != null) {
            cells.reject(column, "\"" + example + "\" of " + code + " is already on row " + first);
        }
    }
}
