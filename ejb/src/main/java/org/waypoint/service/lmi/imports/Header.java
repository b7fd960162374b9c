package org.waypoint.service.lmi.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A header row matched against a published layout. A column may be anywhere in the row, and its
 * header may differ from the published one by surrounding spaces and letter case, or be one of the
 * layout's known misspellings; anything else missing or added refuses the file, because a renamed
 * column usually means a changed meaning. Empty header cells are ignored.
 */
final class Header<C extends Enum<C> & LayoutColumn> {

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    private final Map<C, Integer> positions;
    private final Map<C, String> written;
    private final int width;

    private Header(Map<C, Integer> positions, Map<C, String> written, int width) {
        this.positions = positions;
        this.written = written;
        this.width = width;
    }

    /**
     * @throws LayoutException naming every missing, unexpected and repeated column
     */
    static <C extends Enum<C> & LayoutColumn> Header<C> bind(
            String fileLabel, Class<C> type, List<C> expected, List<String> cells) {
        Map<String, C> byKey = new LinkedHashMap<>();
        for (C column : expected) {
            byKey.put(key(column.header()), column);
            column.aliases().forEach(alias -> byKey.put(key(alias), column));
        }
        Map<C, Integer> positions = new EnumMap<>(type);
        Map<C, String> written = new EnumMap<>(type);
        List<String> unexpected = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = clean(cells.get(i));
            if (text.isEmpty()) {
                continue;
            }
            C column = byKey.get(key(text));
            if (column == null) {
                unexpected.add(text);
            } else if (positions.containsKey(column)) {
                repeated.add(text);
            } else {
                positions.put(column, i);
                written.put(column, text);
            }
        }
        List<String> missing = expected.stream()
                .filter(column -> !positions.containsKey(column))
                .map(LayoutColumn::header)
                .toList();
        if (!missing.isEmpty() || !unexpected.isEmpty() || !repeated.isEmpty()) {
            List<String> problems = new ArrayList<>();
            if (!missing.isEmpty()) {
                problems.add("missing column(s) " + quoted(missing));
            }
            if (!unexpected.isEmpty()) {
                problems.add("unexpected column(s) " + quoted(unexpected));
            }
            if (!repeated.isEmpty()) {
                problems.add("repeated column(s) " + quoted(repeated));
            }
            throw new LayoutException(fileLabel + ": " + String.join("; ", problems));
        }
        return new Header<>(positions, written, cells.size());
    }

    /** Whether the layout the header was bound to has the column. */
    boolean has(C column) {
        return positions.containsKey(column);
    }

    /** Where the column is in a row. */
    int position(C column) {
        return positions.get(column);
    }

    /** The column's header as the file writes it, so that an error names what the user sees. */
    String written(C column) {
        return written.get(column);
    }

    /** How many cells the header row has; a value to the right of them has no column. */
    int width() {
        return width;
    }

    /** A header cell without a byte-order mark and surrounding white space. */
    static String clean(String cell) {
        return cell == null ? "" : cell.replace("\uFEFF", "").strip();
    }

    /**
     * Compares headers without case and without the years in them, so that a later release
     * ("2024 Estimated Employment" for "2022 Estimated Employment") keeps matching its layout.
     */
    private static String key(String header) {
        return YEAR.matcher(clean(header).toLowerCase(Locale.ROOT)).replaceAll("yyyy");
    }

    /** The first four-digit year in the column's header as written, e.g. 2032; null if none. */
    Integer year(C column) {
        Matcher matcher = YEAR.matcher(written(column));
        return matcher.find() ? Integer.valueOf(matcher.group()) : null;
    }

    private static String quoted(List<String> names) {
        return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
    }
}
