package org.waypoint.service.reporting.indicators;

import java.io.Serializable;
import java.util.List;

/** The four rates of one report quarter (each over its own rolling cohort window), for the trend chart. */
public record TrendPoint(String quarter, List<IndicatorFigure> figures) implements Serializable {

    public IndicatorFigure figure(Indicator indicator) {
        return figures.stream()
                .filter(f -> f.indicator() == indicator)
                .findFirst()
                .orElse(null);
    }
}
