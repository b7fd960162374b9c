package org.waypoint.service.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated table of low-income limits for one state, which an administrator updates every year:
 * the HHS poverty guidelines change each January, the Lower Living Standard Income Level (LLSIL) is
 * published each spring by DOL for regions and metropolitan areas, and states usually start a new
 * table with the program year. A {@link #lookup} finds the schedule in force on the date of
 * determination (the latest effective date on or before it) and the row for the family size; a
 * family larger than the schedule's largest size adds the stored per-person increment for each
 * extra member.
 *
 * <p>The LLSIL is regional. When the participant's local area names an LLSIL region ({@code
 * llsilRegion}), the 70% LLSIL comes from that region's own tables ({@code llsilSchedules}, each in
 * force from its date); otherwise from the state-wide amounts of the schedule itself.
 *
 * <p>Only the HHS poverty guidelines of 2025 and 2026 are built in ({@link #federalHhs()}); every
 * later year's figures, and every LLSIL figure, are entered by the administrator rather than typed
 * into code.
 */
public record IncomeThresholds(
        String state, List<Schedule> schedules, String llsilRegion, List<LlsilSchedule> llsilSchedules) {

    /** The {@code state} of a table that applies to the 48 contiguous states and the District of Columbia. */
    public static final String CONTIGUOUS_STATES_AND_DC = "US-48";

    public IncomeThresholds {
        Objects.requireNonNull(state, "state");
        llsilSchedules = llsilSchedules == null
                ? List.of()
                : llsilSchedules.stream()
                        .sorted(Comparator.comparing(LlsilSchedule::effectiveDate))
                        .toList();
        schedules = schedules.stream()
                .sorted(Comparator.comparing(Schedule::effectiveDate))
                .toList();
        for (int i = 1; i < schedules.size(); i++) {
            if (schedules.get(i).effectiveDate().equals(schedules.get(i - 1).effectiveDate())) {
                throw new IllegalArgumentException(
                        "Two schedules take effect on " + schedules.get(i).effectiveDate() + " for " + state);
            }
        }
    }

    /** State-wide thresholds: 70% LLSIL, where entered, from each schedule itself. */
    public IncomeThresholds(String state, List<Schedule> schedules) {
        this(state, schedules, null, List.of());
    }

    /** These thresholds for a local area in {@code region}, with that region's 70% LLSIL tables. */
    public IncomeThresholds forLlsilRegion(String region, List<LlsilSchedule> tables) {
        return new IncomeThresholds(state, schedules, region, tables);
    }

    /** The name of the 70% LLSIL table these thresholds read, as a missing-table answer names it. */
    public String llsilTableName() {
        return llsilRegion == null
                ? "the 70% LLSIL table for " + state
                : "the 70% LLSIL table for " + state + " region " + llsilRegion;
    }

    public static IncomeThresholds of(String state, Schedule... schedules) {
        return new IncomeThresholds(state, List.of(schedules));
    }

    /**
     * The 2025 HHS poverty guidelines for the 48 contiguous states and DC, in force from 01/15/2025:
     * $15,650 for one person and $5,500 for each additional person ($32,150 for a family of 4). The
     * 70% LLSIL is not included: it is region-specific and published yearly by DOL, so the state
     * administrator enters the current LLSIL table; until then only the poverty guideline applies.
     */
    public static IncomeThresholds federal2025Hhs() {
        return of(
                CONTIGUOUS_STATES_AND_DC,
                Schedule.povertyGuidelines(
                        LocalDate.of(2025, 1, 15),
                        dollars(5_500),
                        dollars(15_650),
                        dollars(21_150),
                        dollars(26_650),
                        dollars(32_150),
                        dollars(37_650),
                        dollars(43_150),
                        dollars(48_650),
                        dollars(54_150)));
    }

    /**
     * The 2026 HHS poverty guidelines for the 48 contiguous states and DC (Federal Register
     * 2026-00755, 91 FR 1797, January 15, 2026), in force from 01/13/2026: $15,960 for one person
     * and $5,680 for each additional person ($33,000 for a family of 4).
     */
    public static Schedule hhs2026() {
        return Schedule.povertyGuidelines(
                LocalDate.of(2026, 1, 13),
                dollars(5_680),
                dollars(15_960),
                dollars(21_640),
                dollars(27_320),
                dollars(33_000),
                dollars(38_680),
                dollars(44_360),
                dollars(50_040),
                dollars(55_720));
    }

    /** The built-in HHS poverty guidelines, 2025 and 2026, each in force from its effective date. */
    public static IncomeThresholds federalHhs() {
        return of(CONTIGUOUS_STATES_AND_DC, federal2025Hhs().schedules().get(0), hhs2026());
    }

    /** The schedule in force on {@code asOf}: the latest whose effective date is on or before it. */
    public Optional<Schedule> inForceOn(LocalDate asOf) {
        Schedule found = null;
        for (Schedule schedule : schedules) {
            if (!schedule.effectiveDate().isAfter(asOf)) {
                found = schedule;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The limits for {@code familySize} in force on {@code asOf}; empty if no schedule was in force yet. */
    public Optional<IncomeThreshold> lookup(LocalDate asOf, int familySize) {
        if (familySize < 1) {
            throw new IllegalArgumentException("familySize must be 1 or more, was " + familySize);
        }
        return inForceOn(asOf)
                .map(schedule -> new IncomeThreshold(
                        schedule.effectiveDate(),
                        state,
                        familySize,
                        schedule.povertyGuideline(familySize),
                        llsil70Percent(schedule, asOf, familySize),
                        llsilTableName()));
    }

    private BigDecimal llsil70Percent(Schedule schedule, LocalDate asOf, int familySize) {
        if (llsilRegion == null) {
            return schedule.llsil70Percent(familySize);
        }
        LlsilSchedule found = null;
        for (LlsilSchedule table : llsilSchedules) {
            if (!table.effectiveDate().isAfter(asOf)) {
                found = table;
            }
        }
        return found == null ? null : Schedule.amountFor(found.amounts(), found.increment(), familySize);
    }

    /** One region's 70% LLSIL amounts by family size (index 0 is a family of 1), from {@code effectiveDate}. */
    public record LlsilSchedule(LocalDate effectiveDate, List<BigDecimal> amounts, BigDecimal increment) {

        public LlsilSchedule {
            Objects.requireNonNull(effectiveDate, "effectiveDate");
            amounts = Schedule.amounts("llsil70Percent", amounts);
            Schedule.requireAmount("llsil70PercentIncrement", increment);
        }
    }

    private static BigDecimal dollars(long amount) {
        return BigDecimal.valueOf(amount);
    }

    /**
     * One year's limits, from {@code effectiveDate}: the poverty guideline by family size (index 0 is
     * a family of 1) with the amount added per person beyond the largest size, and the same for 70%
     * LLSIL, which may be left out (both lists null) until the administrator enters it.
     */
    public record Schedule(
            LocalDate effectiveDate,
            List<BigDecimal> povertyGuidelines,
            BigDecimal povertyGuidelineIncrement,
            List<BigDecimal> llsil70Percent,
            BigDecimal llsil70PercentIncrement) {

        public Schedule {
            Objects.requireNonNull(effectiveDate, "effectiveDate");
            povertyGuidelines = amounts("povertyGuidelines", povertyGuidelines);
            requireAmount("povertyGuidelineIncrement", povertyGuidelineIncrement);
            if ((llsil70Percent == null) != (llsil70PercentIncrement == null)) {
                throw new IllegalArgumentException("Enter 70% LLSIL amounts and their increment together, or neither");
            }
            if (llsil70Percent != null) {
                llsil70Percent = amounts("llsil70Percent", llsil70Percent);
                requireAmount("llsil70PercentIncrement", llsil70PercentIncrement);
            }
        }

        /** A schedule with poverty guidelines only (70% LLSIL not entered). */
        public static Schedule povertyGuidelines(
                LocalDate effectiveDate, BigDecimal increment, BigDecimal... byFamilySize) {
            return new Schedule(effectiveDate, Arrays.asList(byFamilySize), increment, null, null);
        }

        /** This schedule with the 70% LLSIL amounts by family size (index 0 is a family of 1). */
        public Schedule withLlsil70Percent(BigDecimal increment, BigDecimal... byFamilySize) {
            return new Schedule(
                    effectiveDate,
                    povertyGuidelines,
                    povertyGuidelineIncrement,
                    Arrays.asList(byFamilySize),
                    increment);
        }

        public BigDecimal povertyGuideline(int familySize) {
            return amountFor(povertyGuidelines, povertyGuidelineIncrement, familySize);
        }

        /** Null when 70% LLSIL is not entered. */
        public BigDecimal llsil70Percent(int familySize) {
            return llsil70Percent == null ? null : amountFor(llsil70Percent, llsil70PercentIncrement, familySize);
        }

        static BigDecimal amountFor(List<BigDecimal> bySize, BigDecimal increment, int familySize) {
            if (familySize <= bySize.size()) {
                return bySize.get(familySize - 1);
            }
            BigDecimal extraMembers = BigDecimal.valueOf(familySize - bySize.size());
            return bySize.get(bySize.size() - 1).add(increment.multiply(extraMembers));
        }

        static List<BigDecimal> amounts(String name, List<BigDecimal> amounts) {
            Objects.requireNonNull(amounts, name);
            if (amounts.isEmpty()) {
                throw new IllegalArgumentException(name + " needs at least the amount for a family of 1");
            }
            for (int i = 0; i < amounts.size(); i++) {
                requireAmount(name + " for a family of " + (i + 1), amounts.get(i));
            }
            return List.copyOf(amounts);
        }

        static void requireAmount(String name, BigDecimal amount) {
            Objects.requireNonNull(amount, name);
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException(name + " must be positive, was " + amount);
            }
        }
    }
}
