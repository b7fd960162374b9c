package org.waypoint.service.reporting.reports;

import java.io.Serializable;
import java.util.List;
import org.waypoint.service.common.Text;

/**
 * One table of a report as pages show it and exports write it: a file-safe {@code name}, a title,
 * the column headings and the rows (text, whole numbers or decimals; null for none).
 */
public record ReportTable(String name, String title, List<String> columns, List<List<Object>> rows)
        implements Serializable {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream()
                .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
    }

    /** The headings of each activity table: {@code reporting.activity.<name>.column.<n>}, from 1. */
    private static final java.util.Map<String, Integer> ACTIVITY_COLUMNS =
            java.util.Map.of("enrollments", 5, "exits", 7, "services", 4, "spending", 5, "caseload", 4);

    /** An activity table's title for a quarter, as a text (issue 19). */
    static Text activityTitle(String name, Object quarter) {
        return Text.of("reporting.activity." + name + ".title", quarter);
    }

    /** An activity table's headings, as texts. */
    static List<Text> activityColumns(String name) {
        List<Text> columns = new java.util.ArrayList<>();
        for (int n = 1; n <= ACTIVITY_COLUMNS.get(name); n++) {
            columns.add(Text.of("reporting.activity." + name + ".column." + n));
        }
        return columns;
    }

    /**
     * The title in the page's language: an activity table's worded title, read back from the English
     * it holds; any other title as it is. Not a property: the REST API keeps {@code title} alone.
     */
    public Text titleText() {
        if (ACTIVITY_COLUMNS.containsKey(name)) {
            String pattern = activityTitle(name, "{0}").english();
            int at = pattern.indexOf("{0}");
            String before = pattern.substring(0, at);
            String after = pattern.substring(at + 3);
            if (title.length() >= before.length() + after.length()
                    && title.startsWith(before)
                    && title.endsWith(after)) {
                return activityTitle(name, title.substring(before.length(), title.length() - after.length()));
            }
        }
        return Text.literal(title);
    }

    /** The headings in the page's language: an activity table's worded ones; any other as they are. */
    public List<Text> columnTexts() {
        List<Text> worded = ACTIVITY_COLUMNS.containsKey(name) ? activityColumns(name) : List.of();
        List<Text> texts = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            texts.add(
                    i < worded.size() && worded.get(i).english().equals(columns.get(i))
                            ? worded.get(i)
                            : Text.literal(columns.get(i)));
        }
        return texts;
    }
}
