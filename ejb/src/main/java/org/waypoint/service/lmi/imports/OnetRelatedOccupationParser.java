package org.waypoint.service.lmi.imports;

import static org.waypoint.service.lmi.imports.OnetColumns.INDEX;
import static org.waypoint.service.lmi.imports.OnetColumns.ONET_SOC_CODE;
import static org.waypoint.service.lmi.imports.OnetColumns.PK;
import static org.waypoint.service.lmi.imports.OnetColumns.RELATEDNESS_TIER;
import static org.waypoint.service.lmi.imports.OnetColumns.RELATED_ONET_SOC_CODE;
import static org.waypoint.service.lmi.imports.OnetColumns.RELATED_TITLE;
import static org.waypoint.service.lmi.imports.OnetColumns.TITLE;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads O*NET Related Occupations in two layouts: the third-party re-export shipped with Waypoint
 * (comma-separated, a leading "PK" column and both occupations' titles added) and O*NET's own
 * "Related Occupations.txt" (O*NET-SOC Code, Related O*NET-SOC Code, Relatedness Tier, Index). A
 * header starting with "PK" is the re-export. The added titles are not kept: O*NET's occupation
 * data is the one source of titles.
 */
public final class OnetRelatedOccupationParser {

    /** The release of the shipped "Related Occupations.txt". */
    public static final String VINTAGE = OnetRelease.SHIPPED;

    /** The third-party re-export does not say which O*NET release it came from. */
    public static final String REEXPORT_VINTAGE =
            "O*NET Related Occupations (third-party re-export, release not stated)";

    static final String FILE = "O*NET related occupations";
    static final Set<String> TIERS = Set.of("Primary-Short", "Primary-Long", "Supplemental");

    private static final List<OnetColumns> REEXPORT =
            List.of(PK, ONET_SOC_CODE, TITLE, RELATED_ONET_SOC_CODE, RELATED_TITLE, RELATEDNESS_TIER, INDEX);
    private static final List<OnetColumns> ONET =
            List.of(ONET_SOC_CODE, RELATED_ONET_SOC_CODE, RELATEDNESS_TIER, INDEX);

    /**
     * Parses the file as the shipped release's, or, in the re-export's layout, as a re-export whose
     * release is not known.
     */
    public ParseResult<RelatedOccupation> parse(InputStream in) {
        return parse(in, null);
    }

    /**
     * @param vintage the O*NET release, e.g. "O*NET 29.1"; null for the default of the file's layout
     * @throws LayoutException when the header is neither layout exactly
     * @throws UnreadableFileException when the stream is not UTF-8 delimited text
     */
    public ParseResult<RelatedOccupation> parse(InputStream in, String vintage) {
        Map<String, Integer> seen = new HashMap<>();
        RowCollector<OnetColumns, RelatedOccupation> collector =
                new RowCollector<>(FILE, OnetColumns.class, OnetRelatedOccupationParser::layout, cells -> {
                    String code = cells.onetSocCode(ONET_SOC_CODE);
                    String related = cells.onetSocCode(RELATED_ONET_SOC_CODE);
                    String tier = cells.required(RELATEDNESS_TIER);
                    if (tier != null && !TIERS.contains(tier)) {
                        cells.reject(
                                RELATEDNESS_TIER,
                                "\"" + tier + "\" is none of Primary-Short, Primary-Long, Supplemental");
                    }
                    Integer index = cells.wholeNumber(INDEX, true);
                    if (index != null && index < 1) {
                        cells.reject(INDEX, index + " is not a rank (1 or more)");
                    }
                    if (code != null && code.equals(related)) {
                        cells.reject(RELATED_ONET_SOC_CODE, "an occupation cannot be related to itself");
                    }
                    if (code != null && related != null) {
                        Integer first = seen.putIfAbsent(code + " " + related, cells.rowNumber());
                        if (first != null) {
                            cells.reject(
                                    RELATED_ONET_SOC_CODE, code + " to " + related + " is already on row " + first);
                        }
                    }
                    return new RelatedOccupation(code, related, tier, index == null ? 0 : index);
                });
        DelimitedTextReader.read(in, FILE, collector);
        collector.requireHeader();
        boolean reexport = collector.header().has(PK);
        return collector.result(vintage != null ? vintage : reexport ? REEXPORT_VINTAGE : VINTAGE);
    }

    private static List<OnetColumns> layout(List<String> header) {
        return !header.isEmpty() && Header.clean(header.get(0)).equalsIgnoreCase(PK.header()) ? REEXPORT : ONET;
    }
}
