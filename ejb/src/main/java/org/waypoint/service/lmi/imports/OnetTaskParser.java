package org.waypoint.service.lmi.imports;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads O*NET's "Task Statements.txt" (O*NET-SOC Code, Task ID, Task, Task Type, Incumbents
 * Responding, Date, Domain Source): what workers in the occupation do, core tasks marked. The
 * survey columns after the task type are not kept.
 */
public final class OnetTaskParser {

    static final String FILE = "O*NET task statements";
    static final Set<String> TYPES = Set.of(OnetTask.CORE, "Supplemental", "n/a");

    /** The seven columns of O*NET's layout. */
    enum Column implements LayoutColumn {
        ONET_SOC_CODE("O*NET-SOC Code"),
        TASK_ID("Task ID"),
        TASK("Task"),
        TASK_TYPE("Task Type"),
        INCUMBENTS_RESPONDING("Incumbents Responding"),
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
    public ParseResult<OnetTask> parse(InputStream in) {
        return parse(in, OnetRelease.SHIPPED);
    }

    /**
     * @param vintage the O*NET release, e.g. "O*NET 29.2"
     * @throws LayoutException when a column is missing or unexpected
     * @throws UnreadableFileException when the stream is not UTF-8 delimited text
     */
    public ParseResult<OnetTask> parse(InputStream in, String vintage) {
        Map<String, Integer> seen = new HashMap<>();
        RowCollector<Column, OnetTask> collector =
                new RowCollector<>(FILE, Column.class, header -> List.of(Column.values()), cells -> {
                    String code = cells.onetSocCode(Column.ONET_SOC_CODE);
                    Integer id = cells.wholeNumber(Column.TASK_ID, true);
                    if (id != null && id < 1) {
                        cells.reject(Column.TASK_ID, id + " is not a task ID (1 or more)");
                    }
                    String task = cells.required(Column.TASK);
                    String type = cells.required(Column.TASK_TYPE);
                    if (type != null && !TYPES.contains(type)) {
                        cells.reject(Column.TASK_TYPE, "\"" + type + "\" is none of Core, Supplemental, n/a");
                    }
                    if (code != null && id != null) {
                        Integer first = seen.putIfAbsent(code + "\t" + id, cells.rowNumber());
                        if (first != null) {
                            cells.reject(Column.TASK_ID, "task " + id + " of " + code + " is already on row " + first);
                        }
                    }
                    return new OnetTask(code, id == null ? 0 : id, task, type, OnetTask.CORE.equals(type));
                });
        DelimitedTextReader.read(in, FILE, collector);
        return collector.result(vintage);
    }
}
