package org.waypoint.service.plan;

import java.util.Set;
import org.waypoint.persistence.participant.Program;

/** The two kinds of plan, built on one machinery. */
public enum PlanKind {
    /** Individual Employment Plan: Adult, Dislocated Worker, Wagner-Peyser (20 CFR 680.170). */
    IEP(Set.of(Program.ADULT, Program.DISLOCATED_WORKER, Program.WAGNER_PEYSER)),
    /** Individual Service Strategy: WIOA Youth (20 CFR 681.420). */
    ISS(Set.of(Program.YOUTH_IN_SCHOOL, Program.YOUTH_OUT_OF_SCHOOL));

    private final Set<Program> programs;

    PlanKind(Set<Program> programs) {
        this.programs = programs;
    }

    /** The programs whose participants have this kind of plan. */
    public Set<Program> programs() {
        return programs;
    }
}
