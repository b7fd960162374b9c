package org.waypoint.service.lmi.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standard Occupational Classification codes as the files write them and as Waypoint keeps them.
 * KYSTATS writes "319091", BLS "31-9091" and O*NET "31-9091.00" (or "31-9091.01" for an O*NET
 * occupation inside the SOC one); Waypoint joins them all on "31-9091", so every importer goes
 * through here.
 */
public final class SocCode {

    private static final Pattern SOC = Pattern.compile("(\\d{2})-?(\\d{4})(?:\\.\\d{2})?");
    private static final Pattern ONET_SOC = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");

    private SocCode() {}

    /**
     * "319091", "31-9091" and "31-9091.00" all become "31-9091".
     *
     * @throws IllegalArgumentException for anything else, with a message fit for a row error
     */
    public static String normalise(String code) {
        String trimmed = code == null ? "" : code.strip();
        Matcher matcher = SOC.matcher(trimmed);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    quote(trimmed) + " is not a SOC code (expected NN-NNNN, NNNNNN or an O*NET-SOC code NN-NNNN.NN)");
        }
        return matcher.group(1) + "-" + matcher.group(2);
    }

    /** True for a code in Waypoint's form, NN-NNNN. */
    public static boolean isNormalised(String code) {
        return code != null && code.matches("\\d{2}-\\d{4}");
    }

    /**
     * Checks an O*NET-SOC code, NN-NNNN.NN, and returns it without surrounding spaces.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static String onetSocCode(String code) {
        String trimmed = code == null ? "" : code.strip();
        if (!ONET_SOC.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(quote(trimmed) + " is not an O*NET-SOC code (expected NN-NNNN.NN)");
        }
        return trimmed;
    }

    private static String quote(String value) {
        return value.isEmpty() ? "An empty cell" : "\"" + value + "\"";
    }
}
