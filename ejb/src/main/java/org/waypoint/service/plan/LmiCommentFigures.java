package org.waypoint.service.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.waypoint.service.common.Text;

/**
 * Which of the four figures Kentucky 24-003 (Attachment A, the TIP) asks for the LMI comment holds:
 * "the average annual wages, average hourly wages, the projected growth of a position in percentage,
 * and the projected annual number of openings". The comment is free text, Waypoint's own or as staff
 * wrote it, so each phrase (between semicolons, line breaks, and commas or full stops followed by a
 * space) counts as a figure when it has a number and says what the number is: a percent is growth,
 * "opening" is openings, "hour" is the hourly wage, "annual" or "year" the annual wage. "Not
 * published" has no number and counts as missing: staff then take the figure from O*NET OnLine.
 */
public final class LmiCommentFigures {

    /** The four figures, as the messages name them. */
    public enum Figure {
        ANNUAL_WAGE("the average annual wage"),
        HOURLY_WAGE("the average hourly wage"),
        ANNUAL_OPENINGS("the projected annual openings"),
        GROWTH_PERCENT("the projected growth %");

        private final String label;

        Figure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The label in the reader's language. */
        public Text text() {
            return Text.of("plan.figure." + name());
        }
    }

    private static final Pattern PHRASE_BREAK = Pattern.compile("[;\\n]|,\\s+|\\.\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");

    private LmiCommentFigures() {}

    /** The figures the comment lacks, in the guidance's order; empty when it has all four. */
    public static List<Figure> missing(String comment) {
        Set<Figure> found = EnumSet.noneOf(Figure.class);
        if (comment != null) {
            for (String phrase : PHRASE_BREAK.split(comment)) {
                found.addAll(figuresOf(phrase.toLowerCase(Locale.ROOT)));
            }
        }
        List<Figure> missing = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            if (!found.contains(figure)) {
                missing.add(figure);
            }
        }
        return missing;
    }

    /**
     * The figures a phrase gives: each kind it names, when it has a number for each (as in "$41,420 a
     * year or $19.92 an hour"); else the first kind it names, in the order growth, openings, hourly,
     * annual (so "projected annual openings 127" is openings, not an annual wage).
     */
    private static List<Figure> figuresOf(String phrase) {
        long numbers = NUMBER.matcher(phrase).results().count();
        if (numbers == 0) {
            return List.of();
        }
        List<Figure> named = new ArrayList<>();
        if (phrase.contains("%") || phrase.contains("percent")) {
            named.add(Figure.GROWTH_PERCENT);
        }
        if (phrase.contains("opening")) {
            named.add(Figure.ANNUAL_OPENINGS);
        }
        if (phrase.contains("hour") || phrase.contains("/hr") || phrase.contains("/h ")) {
            named.add(Figure.HOURLY_WAGE);
        }
        if ((phrase.contains("annual") || phrase.contains("year") || phrase.contains("/yr"))
                && !named.contains(Figure.ANNUAL_OPENINGS)) {
            named.add(Figure.ANNUAL_WAGE);
        }
        return numbers >= named.size() ? named : named.subList(0, Math.min(1, named.size()));
    }
}
