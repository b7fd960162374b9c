package org.waypoint.service.wages;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.lmi.imports.LayoutException;
import org.waypoint.service.lmi.imports.RowError;

/**
 * The first pass over a wage file, before anything is saved: every row checked, the quarters it
 * reports counted, the first {@link #MAX_ERRORS} bad cells kept (and all counted). A file with any
 * error is refused whole. Holds counts only, whatever the file's size.
 *
 * @param unreadable why the file cannot be read at all (not UTF-8 text, broken quoting), or null
 */
public record WageFileCheck(
        int rowsRead,
        Map<CalendarQuarter, Integer> quarters,
        List<RowError> errors,
        int errorCount,
        String unreadable) {

    public static final int MAX_ERRORS = 200;

    public boolean isClean() {
        return errorCount == 0 && unreadable == null;
    }

    /** Reads {@code in} to the end. */
    public static WageFileCheck of(
            InputStream in, String fileName, WageColumnMapping mapping, CalendarQuarter current) {
        Map<CalendarQuarter, Integer> quarters = new TreeMap<>();
        List<RowError> errors = new ArrayList<>();
        int[] errorCount = {0};
        WageFileReader reader = new WageFileReader(
                mapping, current, row -> quarters.merge(row.calendarQuarter(), 1, Integer::sum), error -> {
                    if (errorCount[0]++ < MAX_ERRORS) {
                        errors.add(error);
                    }
                });
        try {
            reader.read(in, fileName);
        } catch (LayoutException e) {
            // Commons CSV's own message may quote the text near a broken quote: say only what kind of problem.
            String why = e.getMessage() != null && e.getMessage().contains("not UTF-8")
                    ? "it is not UTF-8 text"
                    : e.getMessage() != null && e.getMessage().contains("zip archive")
                            ? "it is a zip archive or Excel workbook, not CSV text"
                            : "it cannot be read as CSV text (a quote is not closed, or the file is not text)";
            return new WageFileCheck(reader.rowsRead(), quarters, errors, errorCount[0], why);
        }
        return new WageFileCheck(reader.rowsRead(), quarters, errors, errorCount[0], null);
    }
}
