package org.waypoint.service.lmi.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One occupation's Interests rows as {@link OnetInterestsParser} reads them. */
final class InterestProfile {

    final String code;
    final int firstRow;
    final Map<InterestElement, BigDecimal> values = new EnumMap<>(InterestElement.class);
    final Map<InterestElement, Integer> rowOf = new EnumMap<>(InterestElement.class);
    boolean hadErrors;

    InterestProfile(String code, int firstRow) {
        this.code = code;
        this.firstRow = firstRow;
    }

    /** The rows the occupation lacks, described for an error message. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (InterestElement element : InterestElement.values()) {
            if (!values.containsKey(element)) {
                missing.add(element.describe());
            }
        }
        return missing;
    }

    /** The profile; call only when nothing is {@link #missing()}. */
    OnetInterests toRecord() {
        StringBuilder highPoints = new StringBuilder();
        for (InterestElement point : List.of(
                InterestElement.FIRST_HIGH_POINT,
                InterestElement.SECOND_HIGH_POINT,
                InterestElement.THIRD_HIGH_POINT)) {
            int letter = values.get(point).intValue();
            if (letter > 0) {
                highPoints.append(OnetInterests.LETTERS.charAt(letter - 1));
            }
        }
        return new OnetInterests(
                code,
                values.get(InterestElement.REALISTIC),
                values.get(InterestElement.INVESTIGATIVE),
                values.get(InterestElement.ARTISTIC),
                values.get(InterestElement.SOCIAL),
                values.get(InterestElement.ENTERPRISING),
                values.get(InterestElement.CONVENTIONAL),
                highPoints.toString());
    }
}
