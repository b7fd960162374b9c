package org.waypoint.service.wages;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.waypoint.service.common.CalendarQuarter;

/**
 * What each cell of a UI wage row must be, in the documented formats: SSN nine digits, with or
 * without dashes (123-45-6789); year four digits; quarter 1 to 4, not after the current quarter;
 * FEIN nine digits with or without its dash (12-3456789); wages a decimal of at least 0 with at
 * most two decimals and no thousands separators. A problem is said without the value, because the
 * value may be an SSN (DOL TEGL 39-11: no SSN in messages, logs or files).
 */
public final class WageRowRules {

    private static final Pattern SSN = Pattern.compile("\\d{9}|\\d{3}-\\d{2}-\\d{4}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("[1-4]");
    private static final Pattern FEIN = Pattern.compile("\\d{9}|\\d{2}-\\d{7}");
    private static final Pattern WAGES = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?|\\.\\d{1,2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d*\\.?\\d+");

    /** The first year of the federal-state UI wage record system's present form; earlier is a typo. */
    static final int FIRST_YEAR = 1978;

    private WageRowRules() {}

    /** The SSN's nine digits, or the problem. */
    public static Result<String> ssn(String cell) {
        if (cell == null) {
            return Result.problem("is empty");
        }
        return SSN.matcher(cell).matches()
                ? Result.of(cell.replace("-", ""))
                : Result.problem("not 9 digits (123456789 or 123-45-6789)");
    }

    public static Result<Integer> year(String cell, CalendarQuarter current) {
        if (cell == null) {
            return Result.problem("is empty");
        }
        if (!YEAR.matcher(cell).matches()) {
            return Result.problem("not a 4-digit year");
        }
        int year = Integer.parseInt(cell);
        if (year < FIRST_YEAR || year > current.year()) {
            return Result.problem("not a year from " + FIRST_YEAR + " to " + current.year());
        }
        return Result.of(year);
    }

    /** The quarter 1-4; {@code year} (null when the year cell was bad) rules out a quarter not yet begun. */
    public static Result<Integer> quarter(String cell, Integer year, CalendarQuarter current) {
        if (cell == null) {
            return Result.problem("is empty");
        }
        if (!QUARTER.matcher(cell).matches()) {
            return Result.problem("not a quarter 1 to 4");
        }
        int quarter = Integer.parseInt(cell);
        if (year != null && new CalendarQuarter(year, quarter).compareTo(current) > 0) {
            return Result.problem("a quarter that has not begun (" + new CalendarQuarter(year, quarter) + ")");
        }
        return Result.of(quarter);
    }

    /** The FEIN's nine digits. */
    public static Result<String> fein(String cell) {
        if (cell == null) {
            return Result.problem("is empty");
        }
        return FEIN.matcher(cell).matches()
                ? Result.of(cell.replace("-", ""))
                : Result.problem("not 9 digits (123456789 or 12-3456789)");
    }

    public static Result<BigDecimal> wages(String cell) {
        if (cell == null) {
            return Result.problem("is empty");
        }
        if (WAGES.matcher(cell).matches()) {
            return Result.of(new BigDecimal(cell).setScale(2));
        }
        if (NUMBER.matcher(cell).matches() && cell.startsWith("-")) {
            return Result.problem("negative; wages are 0 or more");
        }
        if (NUMBER.matcher(cell).matches()
                && cell.contains(".")
                && cell.substring(cell.indexOf('.') + 1).length() > 2) {
            return Result.problem("more than 2 decimals");
        }
        return Result.problem(
                "not an amount like 1234.56 (no thousands separators, at most 10 digits before the point)");
    }

    /** A cell's value, or what is wrong with it. */
    public record Result<T>(T value, String problem) {
        static <T> Result<T> of(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> problem(String problem) {
            return new Result<>(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }

        public Optional<String> problemText() {
            return Optional.ofNullable(problem);
        }
    }
}
