package org.waypoint.service.reporting.pirl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checks before release, in the three WIPS families: valid values (each element's type, length
 * and code set, as {@link PirlLayout} read them), duplicates (the same individual, element 100,
 * with the same period, element 900, as the record before it: the run writes a participant's
 * periods in order, so a duplicate is always the next record) and the logical rules of
 * {@link PirlRules}.
 */
public final class PirlChecks {

    private final PirlLayout layout;
    private final LocalDate quarterEnd;

    public PirlChecks(PirlLayout layout, LocalDate quarterEnd) {
        this.layout = layout;
        this.quarterEnd = quarterEnd;
    }

    /**
     * The findings of one record.
     *
     * @param previousKey the key ({@link #key}) of the record written just before, or null
     */
    public List<PirlError> check(long participantId, Map<String, String> record, String previousKey) {
        String number = record.get("100");
        List<PirlError> errors = new ArrayList<>();
        for (Map.Entry<String, String> value : record.entrySet()) {
            if (!layout.has(value.getKey())) {
                errors.add(new PirlError(
                        participantId,
                        number,
                        value.getKey(),
                        PirlError.Family.VALID_VALUE,
                        PirlTexts.finding("notInLayout", value.getKey())));
                continue;
            }
            PirlElement element = layout.element(value.getKey());
            element.invalid(value.getValue())
                    .ifPresent(why -> errors.add(new PirlError(
                            participantId,
                            number,
                            element.number(),
                            PirlError.Family.VALID_VALUE,
                            PirlTexts.finding("invalid", element.number(), element.name(), why))));
        }
        if (previousKey != null && Objects.equals(previousKey, key(record))) {
            errors.add(new PirlError(
                    participantId, number, "900", PirlError.Family.DUPLICATE, PirlTexts.finding("duplicate")));
        }
        for (PirlRules.Finding finding : PirlRules.check(record, quarterEnd)) {
            errors.add(new PirlError(
                    participantId, number, finding.element(), PirlError.Family.LOGICAL, finding.message()));
        }
        return errors;
    }

    /** What makes a record unique: the individual (100) and the period's entry (900). */
    public static String key(Map<String, String> record) {
        return record.get("100") + "|" + record.get("900");
    }
}
