package org.waypoint.service.plan.pdf;

import java.util.List;
import java.util.function.Function;
import org.waypoint.service.plan.PlanContent;

/**
 * A section that is a list: bulleted (industry sectors, barriers) or numbered where the order is
 * the point (the career pathway's steps, from today to the goal). The heading is a key of the
 * documents bundle.
 */
final class ListSection implements PlanSection {

    private final String heading;
    private final Function<PlanContent, List<String>> items;
    private final boolean numbered;

    ListSection(String heading, Function<PlanContent, List<String>> items, boolean numbered) {
        this.heading = heading;
        this.items = items;
        this.numbered = numbered;
    }

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.heading(heading);
        document.list(items.apply(plan.content()), numbered);
    }
}
