package org.waypoint.service.lmi.imports;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads O*NET's "Sample of Reported Titles.txt" (O*NET-SOC Code, Reported Job Title, Shown in My
 * Next Move): the titles workers gave their own jobs, which is how career seekers search.
 */
public final class OnetReportedTitleParser {

    static final String FILE = "O*NET sample of reported titles";

    /** The three columns of O*NET's layout. */
    enum Column implements LayoutColumn {
        ONET_SOC_CODE("O*NET-SOC Code"),
        REPORTED_JOB_TITLE("Reported Job Title"),
        SHOWN_IN_MY_NEXT_MOVE("Shown in My Next Move");

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
    public ParseResult<OnetReportedTitle> parse(InputStream in) {
        return parse(in, OnetRelease.SHIPPED);
    }

    /**
     * @param vintage the O*NET release, e.g. "O*NET 29.2"
     * @throws LayoutException when a column is missing or unexpected
     * @throws UnreadableFileException when the stream is not UTF-8 delimited text
     */
    public ParseResult<OnetReportedTitle> parse(InputStream in, String vintage) {
        Map<String, Integer> seen = new HashMap<>();
        RowCollector<Column, OnetReportedTitle> collector =
                new RowCollector<>(FILE, Column.class, header -> List.of(Column.values()), cells -> {
                    String code = cells.onetSocCode(Column.ONET_SOC_CODE);
                    String title = cells.required(Column.REPORTED_JOB_TITLE);
                    Boolean shown = cells.yesNo(Column.SHOWN_IN_MY_NEXT_MOVE);
                    if (code != null && title != null) {
                        Integer first = seen.putIfAbsent(code + "\t" + title, cells.rowNumber());
                        if (first != null) {
                            cells.reject(
                                    Column.REPORTED_JOB_TITLE,
                                    "\"" + title + "\" of " + code + " is already on row " + first);
                        }
                    }
                    return new OnetReportedTitle(code, title, Boolean.TRUE.equals(shown));
                });
        DelimitedTextReader.read(in, FILE, collector);
        return collector.result(vintage);
    }
}
