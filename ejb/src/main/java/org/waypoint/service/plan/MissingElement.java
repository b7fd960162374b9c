package org.waypoint.service.plan;

/** An element the plan still lacks: its code and the sentence a monitor would write. */
public record MissingElement(PlanElement element, String message) {

    static MissingElement of(PlanElement element) {
        return new MissingElement(element, element.message());
    }
}
