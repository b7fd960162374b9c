package org.waypoint.service.reporting.pirl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The PIRL public-use record layout (DOL ETA, PY2022 Q4), read with Commons CSV from the copy
 * packaged beside this class's resources ({@code org/waypoint/reporting/pirl}): element numbers,
 * names, data types, lengths and code values come from the published layout, never typed in here.
 * The CSV was converted from the PDF, so page headers repeat and some cells carry letters spaced
 * out ("0  5    =    C u s t o m"); the reader keeps only rows whose first cell is an element
 * number and reads a code line with its spaces removed.
 */
public final class PirlLayout {

    static final String RESOURCE = "/org/waypoint/reporting/pirl/public-use-file-record-layout-PY2022Q4.csv";

    private static final Pattern NUMBER = Pattern.compile("\\d{3,4}(-[A-Z])?");
    private static final Pattern TYPE = Pattern.compile("(AN|IN|DT)(\\d+)");
    private static final Pattern CODE = Pattern.compile("^(\\d{1,2})=");
    private static final Pattern RANGE = Pattern.compile("^(\\d{1,2})[-\u2013](\\d{1,2})=");
    private static volatile PirlLayout standard;

    private final Map<String, PirlElement> elements;

    private PirlLayout(Map<String, PirlElement> elements) {
        this.elements = Collections.unmodifiableMap(elements);
    }

    /** The packaged layout, read once. */
    public static PirlLayout standard() {
        PirlLayout layout = standard;
        if (layout == null) {
            try (InputStream in = PirlLayout.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The PIRL layout " + RESOURCE + " is not packaged");
                }
                layout = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = layout;
        }
        return layout;
    }

    static PirlLayout read(InputStream in) throws IOException {
        Map<String, PirlElement> elements = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CSVRecord row : parser) {
                if (row.size() < 5) {
                    continue;
                }
                String number =
                        row.get(0).strip().lines().findFirst().orElse("").strip();
                Matcher type = TYPE.matcher(row.get(2).replaceAll("\\s", ""));
                if (!NUMBER.matcher(number).matches() || !type.matches() || elements.containsKey(number)) {
                    continue;
                }
                PirlElement.DataType dataType = PirlElement.DataType.valueOf(type.group(1));
                List<String> codes = dataType == PirlElement.DataType.IN ? codes(row.get(4)) : List.of();
                boolean blank = row.get(4).replaceAll("\\s", "").toLowerCase().contains("blank");
                elements.put(
                        number,
                        new PirlElement(
                                number,
                                row.get(1).replaceAll("\\s+", " ").strip(),
                                dataType,
                                Integer.parseInt(type.group(2)),
                                codes,
                                blank));
            }
        }
        return new PirlLayout(elements);
    }

    /** "1 = Male\n2 = Female\n9 = ..." gives 1, 2, 9; "1 – 12 = ..." gives 1 to 12; "000" gives none. */
    static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        for (String line : cell.split("\n")) {
            String squeezed = line.replaceAll("\\s", "");
            Matcher range = RANGE.matcher(squeezed);
            Matcher code = CODE.matcher(squeezed);
            if (range.find()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                for (int i = from; i <= to; i++) {
                    codes.add(String.valueOf(i));
                }
            } else if (code.find() && !codes.contains(code.group(1))) {
                codes.add(code.group(1));
            }
        }
        return codes;
    }

    /** Every element, in the layout's order. */
    public List<PirlElement> elements() {
        return List.copyOf(elements.values());
    }

    /** The element numbered {@code number}; an unknown number is a programming error. */
    public PirlElement element(String number) {
        PirlElement element = elements.get(number);
        if (element == null) {
            throw new IllegalArgumentException("No PIRL element " + number + " in the layout");
        }
        return element;
    }

    public boolean has(String number) {
        return elements.containsKey(number);
    }
}
