package org.waypoint.web.lmi;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.service.lmi.OccupationMatch;
import org.waypoint.web.lmi.OccupationPicker.Choice;

/**
 * Turns what staff type or pick in an occupation box, or what a link passes, into an occupation
 * with its title: the LMI section's picker shows titles, never bare codes. Suggestions read
 * "31-9091 Dental Assistants" so the code a suggestion starts with is the one chosen.
 */
final class OccupationChoices {

    private static final Pattern SOC = Pattern.compile("\\d{2}-?\\d{4}(\\.\\d{2})?");

    private OccupationChoices() {}

    /** Up to 15 suggestions for {@code text}, leaving out the occupations already chosen. */
    static List<String> suggestions(LmiService lmi, String text, Predicate<String> chosen) {
        return lmi.search(text, 15).stream()
                .filter(match -> !chosen.test(match.soc()))
                .map(OccupationChoices::suggestion)
                .toList();
    }

    static String suggestion(OccupationMatch match) {
        return match.soc() + " " + match.title() + (match.matched() == null ? "" : " (" + match.matched() + ")");
    }

    /** A suggestion picked ("31-9091 Dental Assistants") or free text, which takes the best match. */
    static Optional<Choice> of(LmiService lmi, String text) {
        String first = text.strip().split("\\s+")[0];
        if (SOC.matcher(first).matches()) {
            return byCode(lmi, first);
        }
        return lmi.search(text, 1).stream().findFirst().map(m -> new Choice(m.soc(), m.title()));
    }

    /** The occupation with this SOC code ("31-9091", "319091" or the O*NET "31-9091.00"); empty if none. */
    static Optional<Choice> byCode(LmiService lmi, String code) {
        String text = code == null ? "" : code.strip();
        if (!SOC.matcher(text).matches()) {
            return Optional.empty();
        }
        String digits = text.replace("-", "").substring(0, 6);
        String soc = digits.substring(0, 2) + "-" + digits.substring(2);
        return lmi.search(soc, LmiService.MAX_MATCHES).stream()
                .filter(match -> match.soc().equals(soc))
                .findFirst()
                .map(match -> new Choice(match.soc(), match.title()));
    }
}
