package org.waypoint.service.reporting.indicators;

import java.util.List;
import java.util.Locale;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.common.Text;

/**
 * The programs reports are given for, as DOL reports them: Title I Adult, Dislocated Worker and
 * Youth (in-school and out-of-school youth together), and Wagner-Peyser (employment and earnings
 * only: TEGL 10-16, Change 1).
 */
public enum ReportProgram {
    ADULT("Adult", List.of(Program.ADULT)),
    DISLOCATED_WORKER("Dislocated Worker", List.of(Program.DISLOCATED_WORKER)),
    YOUTH("Youth", List.of(Program.YOUTH_IN_SCHOOL, Program.YOUTH_OUT_OF_SCHOOL)),
    WAGNER_PEYSER("Wagner-Peyser", List.of(Program.WAGNER_PEYSER));

    private final String label;
    private final List<Program> programs;

    ReportProgram(String label, List<Program> programs) {
        this.label = label;
        this.programs = programs;
    }

    public String label() {
        return label;
    }

    /** The label in the page's language (issue 19); {@link #label()} stays English for the API and the exports. */
    public Text text() {
        return Text.of("reporting.ReportProgram." + name());
    }

    public List<Program> programs() {
        return programs;
    }

    public static ReportProgram of(Program program) {
        for (ReportProgram p : values()) {
            if (p.programs.contains(program)) {
                return p;
            }
        }
        throw new IllegalArgumentException(String.valueOf(program));
    }

    /** The program a request names (any letter case), or null when it names none of them. */
    public static ReportProgram parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The SQL list of the enrollment program codes, e.g. {@code 'YOUTH_IN_SCHOOL', 'YOUTH_OUT_OF_SCHOOL'}. */
    String sqlList() {
        return String.join(
                ", ", programs.stream().map(p -> "'" + p.name() + "'").toList());
    }
}
