package org.waypoint.service.lmi.imports;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads O*NET's "Job Zones.txt" (O*NET-SOC Code, Job Zone, Date, Domain Source): how much
 * preparation each occupation needs, 1 to 5, for career pathways that never skip far ahead.
 */
public final class OnetJobZoneParser {

    static final String FILE = "O*NET job zones";

    /** The four columns of O*NET's layout. */
    enum Column implements LayoutColumn {
        ONET_SOC_CODE("O*NET-SOC Code"),
        JOB_ZONE("Job Zone"),
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
    public ParseResult<OnetJobZone> parse(InputStream in) {
        return parse(in, OnetRelease.SHIPPED);
    }

    /**
     * @param vintage the O*NET release, e.g. "O*NET 29.2"
     * @throws LayoutException when a column is missing or unexpected
     * @throws UnreadableFileException when the stream is not UTF-8 delimited text
     */
    public ParseResult<OnetJobZone> parse(InputStream in, String vintage) {
        Map<String, Integer> seen = new HashMap<>();
        RowCollector<Column, OnetJobZone> collector =
                new RowCollector<>(FILE, Column.class, header -> List.of(Column.values()), cells -> {
                    String code = cells.onetSocCode(Column.ONET_SOC_CODE);
                    Integer zone = cells.wholeNumber(Column.JOB_ZONE, true);
                    if (zone != null && (zone < 1 || zone > 5)) {
                        cells.reject(Column.JOB_ZONE, zone + " is not a job zone (1 to 5)");
                    }
                    Integer first = code == null ? null : seen.putIfAbsent(code, cells.rowNumber());
                    if (first != null) {
                        cells.reject(Column.ONET_SOC_CODE, code + " is already on row " + first);
                    }
                    return new OnetJobZone(code, zone == null ? 0 : zone);
                });
        DelimitedTextReader.read(in, FILE, collector);
        return collector.result(vintage);
    }
}
