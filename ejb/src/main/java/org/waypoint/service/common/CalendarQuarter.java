package org.waypoint.service.common;

import java.time.LocalDate;

/**
 * A calendar quarter, the unit of federal performance after exit: the employment indicators look at
 * "the second quarter after exit" and "the fourth quarter after exit" (20 CFR 677.155(a)(1)(i)-(ii)),
 * counted in calendar quarters after the quarter of the exit date (TEGL 10-16, Change 1), and UI wage
 * records are filed by year and quarter. Follow-up contacts, wage matching and the indicators all
 * count quarters through this one class.
 */
public record CalendarQuarter(int year, int quarter) implements Comparable<CalendarQuarter> {

    public CalendarQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter + ".");
        }
    }

    /** The quarter that holds {@code date}. */
    public static CalendarQuarter of(LocalDate date) {
        return new CalendarQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The {@code n}th quarter after the quarter of {@code exitDate}: n = 1 is the first quarter after exit. */
    public static CalendarQuarter afterExit(LocalDate exitDate, int n) {
        return of(exitDate).plus(n);
    }

    /** This quarter moved by {@code quarters} (negative moves back). */
    public CalendarQuarter plus(int quarters) {
        int index = year * 4 + (quarter - 1) + quarters;
        return new CalendarQuarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** How many quarters {@code later} is after this one (negative when before). */
    public int quartersUntil(CalendarQuarter later) {
        return (later.year * 4 + later.quarter) - (year * 4 + quarter);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public int compareTo(CalendarQuarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }

    /** As reports print it: 2026 Q3. */
    @Override
    public String toString() {
        return year + " Q" + quarter;
    }
}
