package org.waypoint.service.reporting.indicators;

/** How a report's figures are split: one total, or one row per program, LWDA, office, case manager or exit quarter. */
public enum Breakdown {
    TOTAL("All"),
    PROGRAM("Program"),
    LWDA("Local workforce area"),
    OFFICE("Office"),
    CASE_MANAGER("Case manager"),
    /** The cohort's exit quarter (participation quarter for skill gains): the trend by quarter. */
    QUARTER("Quarter");

    private final String label;

    Breakdown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
