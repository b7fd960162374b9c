package org.waypoint.service.lmi.imports;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads O*NET's "Tools Used.txt" (O*NET-SOC Code, Example, Commodity Code, Commodity Title): the
 * answer to Kentucky 24-003's "what kind of tools would I be expected to use at this job?".
 */
public final class OnetToolParser {

    static final String FILE = "O*NET tools used";

    /** The four columns of O*NET's layout. */
    enum Column implements LayoutColumn {
        ONET_SOC_CODE("O*NET-SOC Code"),
        EXAMPLE("Example"),
        COMMODITY_CODE("Commodity Code"),
        COMMODITY_TITLE("Commodity Title");

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
    public ParseResult<OnetTool> parse(InputStream in) {
        return parse(in, OnetRelease.SHIPPED);
    }

    /**
     * @param vintage the O*NET release, e.g. "O*NET 29.2"
     * @throws LayoutException when a column is missing or unexpected
     * @throws UnreadableFileException when the stream is not UTF-8 delimited text
     */
    public ParseResult<OnetTool> parse(InputStream in, String vintage) {
        Map<String, Integer> seen = new HashMap<>();
        RowCollector<Column, OnetTool> collector =
                new RowCollector<>(FILE, Column.class, header -> List.of(Column.values()), cells -> {
                    String code = cells.onetSocCode(Column.ONET_SOC_CODE);
                    String example = cells.required(Column.EXAMPLE);
                    String commodity = Commodity.code(cells, Column.COMMODITY_CODE);
                    String commodityTitle = cells.required(Column.COMMODITY_TITLE);
                    Commodity.refuseRepeat(cells, Column.EXAMPLE, seen, code, commodity, example);
                    return new OnetTool(code, example, commodity, commodityTitle);
                });
        DelimitedTextReader.read(in, FILE, collector);
        return collector.result(vintage);
    }
}
