package org.waypoint.service.lmi.imports;

import static org.waypoint.service.lmi.imports.OnetColumns.DESCRIPTION;
import static org.waypoint.service.lmi.imports.OnetColumns.ONET_SOC_CODE;
import static org.waypoint.service.lmi.imports.OnetColumns.TITLE;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the O*NET occupation list, O*NET-SOC Code, Title and Description, in either of the forms
 * O*NET publishes it: the tab-delimited database file "Occupation Data.txt" or the comma-separated
 * "occupation_code_ref.csv". The header line tells them apart (a tab).
 */
public final class OnetOccupationParser {

    /** The release of the shipped "Occupation Data.txt". */
    public static final String VINTAGE = OnetRelease.SHIPPED;

    static final String FILE = "O*NET occupation data";
    private static final List<OnetColumns> LAYOUT = List.of(ONET_SOC_CODE, TITLE, DESCRIPTION);

    /** Parses the file as data of the release shipped with Waypoint. */
    public ParseResult<OnetOccupation> parse(InputStream in) {
        return parse(in, VINTAGE);
    }

    /**
     * @param vintage the O*NET release, which neither form states, e.g. "O*NET 29.1"
     * @throws LayoutException when a column is missing or unexpected
     * @throws UnreadableFileException when the stream is not UTF-8 delimited text
     */
    public ParseResult<OnetOccupation> parse(InputStream in, String vintage) {
        Map<String, Integer> seen = new HashMap<>();
        RowCollector<OnetColumns, OnetOccupation> collector =
                new RowCollector<>(FILE, OnetColumns.class, header -> LAYOUT, cells -> {
                    String code = cells.onetSocCode(ONET_SOC_CODE);
                    OnetOccupation occupation = new OnetOccupation(
                            code,
                            code == null ? null : SocCode.normalise(code),
                            cells.required(TITLE),
                            cells.required(DESCRIPTION));
                    Integer first = code == null ? null : seen.putIfAbsent(code, cells.rowNumber());
                    if (first != null) {
                        cells.reject(ONET_SOC_CODE, code + " is already on row " + first);
                    }
                    return occupation;
                });
        DelimitedTextReader.read(in, FILE, collector);
        return collector.result(vintage);
    }
}
