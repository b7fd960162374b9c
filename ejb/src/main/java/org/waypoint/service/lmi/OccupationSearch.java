package org.waypoint.service.lmi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.waypoint.service.lmi.imports.OnetOccupation;

/**
 * Finds occupations the way a case manager types them: by title or keyword, any case, partial
 * words ("dent assist"), singular or plural, or by SOC ("31-9091", "319091") or O*NET-SOC code
 * ("31-9091.00"). Best matches first: a code, then titles that start with the words, then titles
 * that contain them, then O*NET specialties and descriptions that mention them.
 */
public final class OccupationSearch {

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CODE = Pattern.compile("\\d{2}-?\\d{0,4}(\\.\\d{0,2})?");

    private final List<Entry> entries = new ArrayList<>();

    private record Entry(
            String soc,
            String title,
            String[] titleWords,
            List<OnetOccupation> onet,
            String[][] onetWords,
            String[] descriptionWords) {}

    private record Scored(OccupationMatch match, int score) {}

    public OccupationSearch(LmiData data) {
        for (Map.Entry<String, String> occupation : data.titles().entrySet()) {
            List<OnetOccupation> onet = data.onet(occupation.getKey());
            String[][] onetWords = onet.stream().map(o -> words(o.title())).toArray(String[][]::new);
            String[] description =
                    onet.isEmpty() ? new String[0] : words(onet.get(0).description());
            entries.add(new Entry(
                    occupation.getKey(),
                    occupation.getValue(),
                    words(occupation.getValue()),
                    onet,
                    onetWords,
                    description));
        }
    }

    /** At most {@code limit} matches, best first; nothing for a blank query. */
    public List<OccupationMatch> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String trimmed = query.strip();
        List<Scored> scored = new ArrayList<>();
        if (CODE.matcher(trimmed).matches()) {
            String code = trimmed.length() >= 3 && trimmed.charAt(2) != '-'
                    ? trimmed.substring(0, 2) + "-" + trimmed.substring(2)
                    : trimmed;
            for (Entry entry : entries) {
                if (entry.soc().startsWith(code.length() > 7 ? code.substring(0, 7) : code)) {
                    String exact = entry.onet().stream()
                            .filter(o -> o.onetSocCode().equals(code))
                            .map(OnetOccupation::title)
                            .filter(title -> !title.equals(entry.title()))
                            .findFirst()
                            .orElse(null);
                    scored.add(new Scored(new OccupationMatch(entry.soc(), entry.title(), exact), 1000));
                }
            }
        } else {
            String[] tokens =
                    Arrays.stream(words(trimmed)).map(OccupationSearch::stem).toArray(String[]::new);
            if (tokens.length == 0) {
                return List.of();
            }
            for (Entry entry : entries) {
                Scored match = score(entry, tokens);
                if (match != null) {
                    scored.add(match);
                }
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score)
                        .reversed()
                        .thenComparing(s -> s.match().title().length())
                        .thenComparing(s -> s.match().title()))
                .limit(limit)
                .map(Scored::match)
                .toList();
    }

    private static Scored score(Entry entry, String[] tokens) {
        if (allPrefixWords(entry.titleWords(), tokens)) {
            boolean leading = entry.titleWords().length > 0 && entry.titleWords()[0].startsWith(tokens[0]);
            return new Scored(new OccupationMatch(entry.soc(), entry.title(), null), leading ? 600 : 500);
        }
        for (int i = 0; i < entry.onetWords().length; i++) {
            if (allPrefixWords(entry.onetWords()[i], tokens)) {
                String title = entry.onet().get(i).title();
                return new Scored(
                        new OccupationMatch(entry.soc(), entry.title(), title.equals(entry.title()) ? null : title),
                        300);
            }
        }
        if (!allPrefixWords(entry.descriptionWords(), tokens)) {
            return null;
        }
        return new Scored(new OccupationMatch(entry.soc(), entry.title(), null), 100);
    }

    /** Every token starts some word of the title ("dent assist" in "Dental Assistants"). */
    private static boolean allPrefixWords(String[] titleWords, String[] tokens) {
        for (String token : tokens) {
            boolean found = false;
            for (String word : titleWords) {
                if (word.startsWith(token)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String text) {
        return Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toArray(String[]::new);
    }

    /** "nurses" finds "Nurse Practitioners"; "assistants" finds "Assistant". */
    private static String stem(String token) {
        if (token.length() > 4 && token.endsWith("ies")) {
            return token.substring(0, token.length() - 3);
        }
        if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }
}
