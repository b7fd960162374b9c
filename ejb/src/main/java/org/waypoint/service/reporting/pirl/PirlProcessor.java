package org.waypoint.service.reporting.pirl;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The PIRL job's processor: derives a period's elements ({@link PirlRecordBuilder}), checks them
 * ({@link PirlChecks}) and formats the file's line with Commons CSV, one column per element of the
 * layout in its order, blank where Waypoint holds nothing.
 */
@Dependent
@Named("pirlProcessor")
public class PirlProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String quarter;

    /** The run's "today" (YYYY-MM-DD), fixed when it started so that a restart derives the same file. */
    @Inject
    @BatchProperty
    String asOf;

    private PirlRecordBuilder builder;
    private PirlChecks checks;

    @Override
    public Object processItem(Object item) {
        PirlItem period = (PirlItem) item;
        if (builder == null) {
            LocalDate quarterEnd = PirlQuarter.parse(quarter).lastDay();
            LocalDate today = LocalDate.parse(asOf);
            builder = new PirlRecordBuilder(PirlLayout.standard(), today.isBefore(quarterEnd) ? today : quarterEnd);
            checks = new PirlChecks(PirlLayout.standard(), quarterEnd);
        }
        Map<String, String> record = builder.build(period.facts());
        List<PirlError> errors = checks.check(period.participantId(), record, period.previousKey());
        return new PirlLine(period.participantId(), period.participantOrdinal(), line(record), errors);
    }

    /** The record as one CSV line (with its line break), every element of the layout in order. */
    static String line(Map<String, String> record) {
        List<String> values = new ArrayList<>();
        for (PirlElement element : PirlLayout.standard().elements()) {
            values.add(record.getOrDefault(element.number(), ""));
        }
        return csv(values);
    }

    /** The header line: the element numbers. */
    static String header() {
        return csv(PirlLayout.standard().elements().stream()
                .map(PirlElement::number)
                .toList());
    }

    private static String csv(List<String> values) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
