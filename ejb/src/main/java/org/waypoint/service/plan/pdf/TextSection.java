package org.waypoint.service.plan.pdf;

import java.util.function.Function;
import org.waypoint.service.plan.PlanContent;

/**
 * A section that is one passage of the participant's or staff's own words, e.g. the strengths; the
 * heading is a key of the documents bundle, the words print as typed.
 */
final class TextSection implements PlanSection {

    private final String heading;
    private final Function<PlanContent, String> text;

    TextSection(String heading, Function<PlanContent, String> text) {
        this.heading = heading;
        this.text = text;
    }

    @Override
    public void addTo(PlanPdfDocument document, PlanPdf plan) {
        document.heading(heading);
        document.text(text.apply(plan.content()));
    }
}
