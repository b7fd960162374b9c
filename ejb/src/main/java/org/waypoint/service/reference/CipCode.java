package org.waypoint.service.reference;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Classification of Instructional Programs code of an Eligible Training Provider program, the
 * code PIRL element 1305 reports: six digits written NN.NNNN (CIP 2020, NCES). What people paste
 * from spreadsheets is forgiven where it is unambiguous: surrounding spaces, the six digits without
 * the dot, and the leading zero a spreadsheet drops from 01.0000-09.9999 ("1.0101" is 01.0101).
 * Anything else (a 2- or 4-digit series such as "51" or "51.38") is refused: a program has a
 * 6-digit code.
 */
public final class CipCode {

    private static final Pattern CANONICAL = Pattern.compile("\\d{2}\\.\\d{4}");
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d{6}");
    private static final Pattern LOST_LEADING_ZERO = Pattern.compile("\\d\\.\\d{4}");

    private CipCode() {}

    /** The code as NN.NNNN, or empty when {@code text} is not a 6-digit CIP code. */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip();
        if (DIGITS_ONLY.matcher(code).matches()) {
            code = code.substring(0, 2) + "." + code.substring(2);
        } else if (LOST_LEADING_ZERO.matcher(code).matches()) {
            code = "0" + code;
        }
        return CANONICAL.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** Whether {@code text} is a CIP code already written NN.NNNN. */
    public static boolean isCanonical(String text) {
        return text != null && CANONICAL.matcher(text).matches();
    }
}
