package org.waypoint.service.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.waypoint.service.common.Text;

/**
 * Reads a board's in-demand list from a CSV file: a header row naming the columns {@code soc} and
 * {@code title} (any case; {@code source} optional, other columns ignored), then one occupation a
 * row. The whole file is refused, naming each bad line, when any row is wrong: a list is the board's
 * decision and is taken whole or not at all.
 */
public final class InDemandCsv {

    /** At most this many occupations on one list (the SOC has 867 detailed occupations). */
    static final int MAX_ROWS = 1000;

    private static final Pattern SOC = Pattern.compile("(\\d{2})-?(\\d{4})(\\.\\d{2})?");

    /** One occupation as read. */
    public record Row(String soc, String title, String source) {}

    private InDemandCsv() {}

    /**
     * The rows of the file.
     *
     * @throws org.waypoint.service.common.InvalidInputException on field {@code file}, naming the lines
     */
    public static List<Row> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw fileError(Text.of("reference.csv.empty"));
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        List<Text> errors = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true)
                        .setIgnoreEmptyLines(true)
                        .setIgnoreHeaderCase(true)
                        .setAllowMissingColumnNames(true)
                        .build()
                        .parse(reader)) {
            Set<String> header = new LinkedHashSet<>();
            parser.getHeaderNames()
                    .forEach(h -> header.add(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)));
            if (!header.contains("soc") || !header.contains("title")) {
                throw fileError(Text.of("reference.csv.header"));
            }
            String socColumn = column(parser, "soc");
            String titleColumn = column(parser, "title");
            String sourceColumn = header.contains("source") ? column(parser, "source") : null;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                String soc = normalise(value(record, socColumn));
                String title = Texts.trimmed(value(record, titleColumn));
                String source = sourceColumn == null ? null : Texts.trimmed(value(record, sourceColumn));
                if (soc == null) {
                    errors.add(Text.of("reference.csv.badSoc", line, value(record, socColumn)));
                } else if (title == null) {
                    errors.add(Text.of("reference.csv.noTitle", line));
                } else if (title.length() > 200 || (source != null && source.length() > 200)) {
                    errors.add(Text.of("reference.csv.tooLong", line));
                } else {
                    rows.putIfAbsent(soc, new Row(soc, title, source));
                }
                if (rows.size() > MAX_ROWS) {
                    throw fileError(Text.of("reference.csv.tooMany", MAX_ROWS));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw fileError(Text.of("reference.csv.unreadable", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            List<Text> shown = errors.subList(0, Math.min(errors.size(), 10));
            Object[] args = new Object[shown.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = shown.get(i);
            }
            Text lines = Text.of("reference.csv.lines" + shown.size(), args);
            throw fileError(
                    errors.size() > 10
                            ? Text.of("reference.csv.nothingImportedMore", lines, errors.size() - 10)
                            : Text.of("reference.csv.nothingImported", lines));
        }
        if (rows.isEmpty()) {
            throw fileError(Text.of("reference.csv.noRows"));
        }
        return List.copyOf(rows.values());
    }

    /** 31-9091, 319091 and O*NET's 31-9091.00 as 31-9091; null when it is none of these. */
    public static String normalise(String soc) {
        if (soc == null) {
            return null;
        }
        Matcher m = SOC.matcher(soc.strip());
        return m.matches() ? m.group(1) + "-" + m.group(2) : null;
    }

    private static String column(CSVParser parser, String name) {
        return parser.getHeaderNames().stream()
                .filter(h -> h.replace("\uFEFF", "").strip().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow();
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    private static org.waypoint.service.common.InvalidInputException fileError(Text message) {
        return org.waypoint.service.common.InvalidInputException.of("file", message);
    }
}
