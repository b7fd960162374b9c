package org.waypoint.service.reporting.pirl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waypoint.service.common.Text;

/**
 * The words of the checks' findings (issue 19). A finding is stored in English, as the file's
 * reviewers and the REST API read it; {@link #read} gives the page the same finding as a text in its
 * reader's language, by matching the stored sentence against each finding's English wording. A
 * sentence that matches none (cut at 300 characters, or written before a wording changed) stays
 * as it was stored.
 */
final class PirlTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private static final String FINDING = "reporting.pirl.finding.";
    private static final String WHY = "reporting.pirl.why.";

    /** The findings, the most specific first: {@code invalid} ("{0} {1}: {2}.") matches nearly anything. */
    private static final List<Wording> FINDINGS = wordings(
            FINDING,
            "entryMissing",
            "exitBeforeEntry",
            "entryAfterQuarter",
            "exitAfterQuarter",
            "trainingDateNeedsType",
            "trainingTypeNeedsDate",
            "receivedNoDate",
            "dateNotReceived",
            "trainingEndsBeforeStart",
            "employmentNoExit",
            "credentialOutside",
            "bornAfterEntry",
            "noProgram",
            "ssn",
            "duplicate",
            "notInLayout",
            "invalid");

    private static final List<Wording> WHYS = wordings(WHY, "tooLong", "notNumber", "notCode", "notDate", "separator");

    private PirlTexts() {}

    /** A finding's English sentence, as stored. */
    static String finding(String name, Object... args) {
        return Text.of(FINDING + name, args).english();
    }

    /** Why a value is not valid, in English, as {@code {2}} of the {@code invalid} finding. */
    static String why(String name, Object... args) {
        return Text.of(WHY + name, args).english();
    }

    /** The stored finding as a text in the reader's language; null for null. */
    static Text read(String stored) {
        if (stored == null) {
            return null;
        }
        for (Wording wording : FINDINGS) {
            Object[] args = wording.match(stored);
            if (args != null) {
                if (wording.key.equals(FINDING + "invalid")) {
                    args[2] = readWhy((String) args[2]);
                }
                return Text.of(wording.key, args);
            }
        }
        return Text.literal(stored);
    }

    private static Object readWhy(String why) {
        for (Wording wording : WHYS) {
            Object[] args = wording.match(why);
            if (args != null) {
                return Text.of(wording.key, args);
            }
        }
        return Text.literal(why);
    }

    private static List<Wording> wordings(String prefix, String... names) {
        List<Wording> wordings = new ArrayList<>();
        for (String name : names) {
            wordings.add(Wording.of(prefix + name));
        }
        return List.copyOf(wordings);
    }

    /** A key's English wording as a pattern: each placeholder a group, in the order it appears. */
    private record Wording(String key, Pattern pattern, List<Integer> order) {

        static Wording of(String key) {
            String english = Text.of(key).english();
            StringBuilder regex = new StringBuilder("^");
            List<Integer> order = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(english);
            int at = 0;
            while (m.find()) {
                regex.append(Pattern.quote(english.substring(at, m.start()))).append("(.+?)");
                order.add(Integer.parseInt(m.group(1)));
                at = m.end();
            }
            regex.append(Pattern.quote(english.substring(at))).append('$');
            return new Wording(key, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(order));
        }

        /** The arguments, by placeholder number, or null when the sentence is not of this wording. */
        Object[] match(String sentence) {
            Matcher m = pattern.matcher(sentence);
            if (!m.matches()) {
                return null;
            }
            Object[] args = new Object[order.size()];
            for (int i = 0; i < order.size(); i++) {
                args[order.get(i)] = m.group(i + 1);
            }
            return args;
        }
    }
}
