package org.waypoint.service.lmi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waypoint.service.documents.DocumentText;

/**
 * The LMI comment of the plan's LMI section in the Kentucky guidance's form (24-003, Attachment A),
 * and the figures' formats it uses: kept apart from the profile building so that the wording can be
 * read and tested on its own.
 */
public final class LmiComment {

    private static final Pattern KYSTATS_YEARS = Pattern.compile("KYSTATS .*?(\\d{4}-\\d{4})");

    private LmiComment() {}

    /**
     * The Kentucky guidance's comment: "Dental Assistants; Bluegrass LWA avg. annually $39,647, avg.
     * hourly $19.06, projected annual openings 127, projected growth 9.2% (KYSTATS 2022-2032)".
     */
    static String comment(String title, Area area, Projection projection, Wages wages) {
        Integer mean = wages == null ? null : wages.mean();
        String annually = mean == null ? "avg. annually not published" : "avg. annually " + money(mean);
        String hourly = mean == null ? "avg. hourly not published" : "avg. hourly $" + wages.meanHourly();
        String openings = projection == null || projection.annualOpenings() == null
                ? "projected annual openings not published"
                : "projected annual openings " + number(projection.annualOpenings());
        String growth = projection == null || projection.percentChange() == null
                ? "projected growth not published"
                : "projected growth " + percent(projection.percentChange());
        return title + "; " + area.name() + " " + annually + ", " + hourly + ", " + openings + ", " + growth + " ("
                + citation(projection, wages) + ")";
    }

    /**
     * The same comment in a document's language, for the printed report: "Dental Assistants; Bluegrass
     * LWA prom. anual $39,647, ..." in Spanish. The figures and the sources' names are the same.
     */
    public static String comment(String title, Area area, Projection projection, Wages wages, DocumentText words) {
        Integer mean = wages == null ? null : wages.mean();
        String annually =
                mean == null ? words.get("comment.annually.unpublished") : words.get("comment.annually", money(mean));
        String hourly = mean == null
                ? words.get("comment.hourly.unpublished")
                : words.get("comment.hourly", "$" + wages.meanHourly());
        String openings = projection == null || projection.annualOpenings() == null
                ? words.get("comment.openings.unpublished")
                : words.get("comment.openings", number(projection.annualOpenings()));
        String growth = projection == null || projection.percentChange() == null
                ? words.get("comment.growth.unpublished")
                : words.get("comment.growth", percent(projection.percentChange()));
        return words.get(
                "comment.template",
                title,
                area.name(),
                annually,
                hourly,
                openings,
                growth,
                citation(projection, wages));
    }

    private static String citation(Projection projection, Wages wages) {
        String projections = projection == null ? null : shortSource(projection.source());
        String wageSource = wages == null ? null : shortSource(wages.source());
        if (projections == null) {
            return wageSource == null ? "no figures published" : wageSource;
        }
        if (wageSource == null || wageSource.equals(projections)) {
            return projections;
        }
        return "wages " + wageSource + "; projections " + projections;
    }

    /** "KYSTATS Occupational Outlook 2022-2032" is cited "KYSTATS 2022-2032". */
    static String shortSource(String vintage) {
        Matcher kystats = KYSTATS_YEARS.matcher(vintage);
        return kystats.find() ? "KYSTATS " + kystats.group(1) : vintage;
    }

    static String money(int dollars) {
        return "$" + NumberFormat.getIntegerInstance(Locale.US).format(dollars);
    }

    static String number(int value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    static String percent(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
