package org.waypoint.service.lmi.imports;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads O*NET's "Technology Skills.txt" (O*NET-SOC Code, Example, Commodity Code, Commodity Title,
 * Hot Technology, In Demand): the software an occupation uses, with O*NET's two flags from job
 * postings, which a career seeker can learn first.
 */
public final class OnetTechnologySkillParser {

    static final String FILE = "O*NET technology skills";

    /** The six columns of O*NET's layout. */
    enum Column implements LayoutColumn {
        ONET_SOC_CODE("O*NET-SOC Code"),
        EXAMPLE("Example"),
        COMMODITY_CODE("Commodity Code"),
        COMMODITY_TITLE("Commodity Title"),
        HOT_TECHNOLOGY("Hot Technology"),
        IN_DEMAND("In Demand");

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
    public ParseResult<OnetTechnologySkill> parse(InputStream in) {
        return parse(in, OnetRelease.SHIPPED);
    }

    /**
     * @param vintage the O*NET release, e.g. "O*NET 29.2"
     * @throws LayoutException when a column is missing or unexpected
     * @throws UnreadableFileException when the stream is not UTF-8 delimited text
     */
    public ParseResult<OnetTechnologySkill> parse(InputStream in, String vintage) {
        Map<String, Integer> seen = new HashMap<>();
        RowCollector<Column, OnetTechnologySkill> collector =
                new RowCollector<>(FILE, Column.class, header -> List.of(Column.values()), cells -> {
                    String code = cells.onetSocCode(Column.ONET_SOC_CODE);
                    String example = cells.required(Column.EXAMPLE);
                    String commodity = Commodity.code(cells, Column.COMMODITY_CODE);
                    String commodityTitle = cells.required(Column.COMMODITY_TITLE);
                    Boolean hot = cells.yesNo(Column.HOT_TECHNOLOGY);
                    Boolean inDemand = cells.yesNo(Column.IN_DEMAND);
                    Commodity.refuseRepeat(cells, Column.EXAMPLE, seen, code, commodity, example);
                    return new OnetTechnologySkill(
                            code,
                            example,
                            commodity,
                            commodityTitle,
                            Boolean.TRUE.equals(hot),
                            Boolean.TRUE.equals(inDemand));
                });
        DelimitedTextReader.read(in, FILE, collector);
        return collector.result(vintage);
    }
}
