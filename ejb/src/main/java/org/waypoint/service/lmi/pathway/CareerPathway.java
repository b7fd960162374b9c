package org.waypoint.service.lmi.pathway;

import java.io.Serializable;
import java.util.List;
import org.waypoint.service.lmi.Area;

/**
 * The suggested steps from a starting point to a goal occupation, the goal last, with the area
 * whose wages and openings they carry.
 */
public record CareerPathway(StartingPoint start, Area area, List<CareerStep> steps) implements Serializable {

    public CareerPathway {
        steps = List.copyOf(steps);
    }

    public CareerStep goal() {
        return steps.get(steps.size() - 1);
    }
}
