package org.waypoint.service.lmi.imports;

import java.math.BigDecimal;

/**
 * The nine rows O*NET's Interests file gives each occupation: the six RIASEC occupational-interest
 * scores (scale OI, 1 to 7) and the first to third interest high-points (scale IH, 0 to 6).
 */
enum InterestElement {
    REALISTIC("1.B.1.a", "OI", "Realistic"),
    INVESTIGATIVE("1.B.1.b", "OI", "Investigative"),
    ARTISTIC("1.B.1.c", "OI", "Artistic"),
    SOCIAL("1.B.1.d", "OI", "Social"),
    ENTERPRISING("1.B.1.e", "OI", "Enterprising"),
    CONVENTIONAL("1.B.1.f", "OI", "Conventional"),
    FIRST_HIGH_POINT("1.B.1.g", "IH", "First Interest High-Point"),
    SECOND_HIGH_POINT("1.B.1.h", "IH", "Second Interest High-Point"),
    THIRD_HIGH_POINT("1.B.1.i", "IH", "Third Interest High-Point");

    static final String SCORE_SCALE = "OI";

    private final String elementId;
    private final String scale;
    private final String label;

    InterestElement(String elementId, String scale, String label) {
        this.elementId = elementId;
        this.scale = scale;
        this.label = label;
    }

    /** The element of this ID on this scale; null when O*NET has no such row. */
    static InterestElement of(String elementId, String scale) {
        for (InterestElement element : values()) {
            if (element.elementId.equals(elementId) && element.scale.equals(scale)) {
                return element;
            }
        }
        return null;
    }

    boolean isScore() {
        return scale.equals(SCORE_SCALE);
    }

    /** "Realistic (1.B.1.a, OI)", as an error message names a missing row. */
    String describe() {
        return label + " (" + elementId + ", " + scale + ")";
    }

    /** What is wrong with the value for this element; null when it is right. */
    String check(BigDecimal value) {
        if (isScore()) {
            return value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(BigDecimal.valueOf(7)) > 0
                    ? value.toPlainString() + " is not an interest score (1 to 7)"
                    : null;
        }
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return !whole || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(6)) > 0
                ? value.toPlainString() + " is not a high-point (0 for none, 1 to 6 for R, I, A, S, E, C)"
                : null;
    }
}
