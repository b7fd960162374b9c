package org.waypoint.web.plan;

import java.io.Serializable;

/** One step of the career pathway. */
public class PathwayStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;

    static PathwayStep of(String text) {
        PathwayStep step = new PathwayStep();
        step.text = text;
        return step;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
