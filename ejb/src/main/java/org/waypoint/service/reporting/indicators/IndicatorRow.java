package org.waypoint.service.reporting.indicators;

import java.util.List;

/** One group of a report (a program, LWDA, office or case manager; {@code key} "-" for none) with its five figures. */
public record IndicatorRow(String key, String label, List<IndicatorFigure> figures) {

    public IndicatorFigure figure(Indicator indicator) {
        return figures.stream()
                .filter(f -> f.indicator() == indicator)
                .findFirst()
                .orElse(null);
    }
}
