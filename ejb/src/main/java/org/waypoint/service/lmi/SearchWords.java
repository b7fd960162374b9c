package org.waypoint.service.lmi;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the occupation search cuts text into words, the same for what is indexed and what is typed:
 * lower case, letters and digits only ("Tractor-Trailer" is "tractor" and "trailer"), and a light
 * stemmer so that "nurses" and "nurse" are one word.
 */
final class SearchWords {

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private SearchWords() {}

    static String[] words(String text) {
        if (text == null) {
            return new String[0];
        }
        return Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toArray(String[]::new);
    }

    /** "nurses" is "nurse"; "assistants" is "assistant"; "technologies" is "technolog". */
    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * The words of a title outside parentheses come first; {@code main} of them count when the
     * search decides whether the whole title was typed ("Registered Nurse (RN)" is exactly
     * "registered nurse").
     */
    record Split(String[] words, int main) {}

    static Split split(String text) {
        int open = text.indexOf('(');
        if (open < 0) {
            String[] all = words(text);
            return new Split(all, all.length);
        }
        int close = text.indexOf(')', open);
        String inside = close < 0 ? text.substring(open + 1) : text.substring(open + 1, close);
        String outside = text.substring(0, open) + " " + (close < 0 ? "" : text.substring(close + 1));
        String[] main = words(outside);
        String[] extra = words(inside);
        if (main.length == 0) {
            return new Split(extra, extra.length);
        }
        String[] all = Arrays.copyOf(main, main.length + extra.length);
        System.arraycopy(extra, 0, all, main.length, extra.length);
        return new Split(all, main.length);
    }
}
