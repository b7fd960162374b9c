package org.waypoint.service.lmi.imports;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads O*NET's "Alternate Titles.txt" (O*NET-SOC Code, Alternate Title, Short Title, Source(s)):
 * the other names of each occupation and their short forms ("LPN"), for the occupation search.
 * O*NET lists a title twice when it has it with and without a short form, so a title repeats only
 * with the same short form. The sources (O*NET's codes for where a title came from) are not kept.
 */
public final class OnetAlternateTitleParser {

    static final String FILE = "O*NET alternate titles";
    static final String NONE = "n/a";

    /** The four columns of O*NET's layout. */
    enum Column implements LayoutColumn {
        ONET_SOC_CODE("O*NET-SOC Code"),
        ALTERNATE_TITLE("Alternate Title"),
        SHORT_TITLE("Short Title"),
        SOURCES("Source(s)");

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
    public ParseResult<OnetAlternateTitle> parse(InputStream in) {
        return parse(in, OnetRelease.SHIPPED);
    }

    /**
     * @param vintage the O*NET release, e.g. "O*NET 29.2"
     * @throws LayoutException when a column is missing or unexpected
     * @throws UnreadableFileException when the stream is not UTF-8 delimited text
     */
    public ParseResult<OnetAlternateTitle> parse(InputStream in, String vintage) {
        Map<String, Integer> seen = new HashMap<>();
        RowCollector<Column, OnetAlternateTitle> collector =
                new RowCollector<>(FILE, Column.class, header -> List.of(Column.values()), cells -> {
                    String code = cells.onetSocCode(Column.ONET_SOC_CODE);
                    String title = cells.required(Column.ALTERNATE_TITLE);
                    String shortTitle = cells.required(Column.SHORT_TITLE);
                    shortTitle = NONE.equals(shortTitle) ? null : shortTitle;
                    if (code != null && title != null) {
                        Integer first = seen.putIfAbsent(code + "\t" + title + "\t" + shortTitle, cells.rowNumber());
                        if (first != null) {
                            cells.reject(
                                    Column.ALTERNATE_TITLE,
                                    "\"" + title + "\" of " + code + " is already on row " + first);
                        }
                    }
                    return new OnetAlternateTitle(code, title, shortTitle);
                });
        DelimitedTextReader.read(in, FILE, collector);
        return collector.result(vintage);
    }
}
