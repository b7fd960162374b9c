package org.waypoint.service.reporting.indicators;

import java.io.Serializable;
import java.util.List;
import org.waypoint.service.common.Text;

/** One group of a report (a program, LWDA, office or case manager; {@code key} "-" for none) with its five figures. */
public record IndicatorRow(String key, String label, List<IndicatorFigure> figures) implements Serializable {

    /** The group's label in the page's language: "All", "None" and the programs are worded, names are as they are. */
    public Text labelText() {
        return text(label);
    }

    /** A group label the service wrote ("All", "None", a program's label, a name or a quarter) as a text. */
    static Text text(String label) {
        if (label == null) {
            return null;
        }
        if (label.equals("All")) {
            return Text.of("reporting.group.all");
        }
        if (label.equals("None")) {
            return Text.of("reporting.group.none");
        }
        for (ReportProgram program : ReportProgram.values()) {
            if (program.label().equals(label)) {
                return program.text();
            }
        }
        return Text.literal(label);
    }

    public IndicatorFigure figure(Indicator indicator) {
        return figures.stream()
                .filter(f -> f.indicator() == indicator)
                .findFirst()
                .orElse(null);
    }
}
