package org.waypoint.service.plan;

/** The two kinds of plan, built on one machinery. */
public enum PlanKind {
    /** Individual Employment Plan: Adult, Dislocated Worker, Wagner-Peyser (20 CFR 680.170). */
    IEP,
    /** Individual Service Strategy: WIOA Youth (20 CFR 681.420). */
    ISS
}
