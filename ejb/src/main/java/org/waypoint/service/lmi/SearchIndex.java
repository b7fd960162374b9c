package org.waypoint.service.lmi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.service.lmi.OccupationMatch.MatchedBy;

/**
 * The occupation search's inverted index, built once per data snapshot: every text an occupation
 * can be found by (its title, O*NET specialties, alternate and reported titles, abbreviations,
 * descriptions) as a document of word ids, and for each word of the sorted vocabulary the
 * documents that hold it. Words that start with what was typed are a contiguous run of the
 * vocabulary, so a query reads only the postings of its words, never every title. The primary
 * texts (titles, abbreviations, O*NET specialties) have the lowest ids, so they open every
 * postings list: a query of one or two letters reads only them, and elsewhere the whole word.
 */
final class SearchIndex {

    /** A text to index, before words become ids. */
    record Source(int occupation, MatchedBy kind, String text, SearchWords.Split split, int order) {}

    final String[] vocabulary;
    final String[] stems;
    /** Whether a word occurs in some title (not only in descriptions): those get spelling corrections. */
    final boolean[] titleWord;

    final int[] occupation;
    final MatchedBy[] kind;
    final String[] text;
    final int[][] words;
    final int[] main;
    final int[] order;
    /** Each occupation's title document. */
    final int[] titleDoc;

    /** Documents before this id are primary texts. */
    final int primaryCount;

    private final int[][] postings;
    private final int[] cumulative;
    private final int[] primaryCumulative;

    /** Titles, abbreviations and O*NET specialties: what a one- or two-letter query is matched on. */
    static boolean primary(MatchedBy kind) {
        return kind == MatchedBy.TITLE || kind == MatchedBy.ABBREVIATION || kind == MatchedBy.ONET_SPECIALTY;
    }

    SearchIndex(List<Source> unordered) {
        List<Source> sources = new ArrayList<>(unordered.size());
        unordered.stream().filter(source -> primary(source.kind())).forEach(sources::add);
        primaryCount = sources.size();
        unordered.stream().filter(source -> !primary(source.kind())).forEach(sources::add);
        Map<String, Integer> distinct = new HashMap<>();
        for (Source source : sources) {
            for (String word : source.split().words()) {
                distinct.putIfAbsent(word, 0);
            }
        }
        vocabulary = distinct.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
        stems = new String[vocabulary.length];
        titleWord = new boolean[vocabulary.length];
        for (int id = 0; id < vocabulary.length; id++) {
            distinct.put(vocabulary[id], id);
            stems[id] = SearchWords.stem(vocabulary[id]);
        }
        int count = sources.size();
        occupation = new int[count];
        kind = new MatchedBy[count];
        text = new String[count];
        words = new int[count][];
        main = new int[count];
        order = new int[count];
        int[] frequency = new int[vocabulary.length];
        int[] primaryFrequency = new int[vocabulary.length];
        titleDoc = new int[sources.stream().mapToInt(Source::occupation).max().orElse(-1) + 1];
        for (int doc = 0; doc < count; doc++) {
            Source source = sources.get(doc);
            occupation[doc] = source.occupation();
            kind[doc] = source.kind();
            text[doc] = source.text();
            main[doc] = source.split().main();
            order[doc] = source.order();
            if (source.kind() == MatchedBy.TITLE) {
                titleDoc[source.occupation()] = doc;
            }
            String[] raw = source.split().words();
            int[] ids = new int[raw.length];
            for (int i = 0; i < raw.length; i++) {
                ids[i] = distinct.get(raw[i]);
                if (source.kind() != MatchedBy.DESCRIPTION) {
                    titleWord[ids[i]] = true;
                }
            }
            words[doc] = ids;
            for (int i = 0; i < ids.length; i++) {
                if (firstOccurrence(ids, i)) {
                    frequency[ids[i]]++;
                    if (doc < primaryCount) {
                        primaryFrequency[ids[i]]++;
                    }
                }
            }
        }
        postings = new int[vocabulary.length][];
        cumulative = new int[vocabulary.length + 1];
        primaryCumulative = new int[vocabulary.length + 1];
        for (int id = 0; id < vocabulary.length; id++) {
            postings[id] = new int[frequency[id]];
            cumulative[id + 1] = cumulative[id] + frequency[id];
            primaryCumulative[id + 1] = primaryCumulative[id] + primaryFrequency[id];
        }
        int[] filled = new int[vocabulary.length];
        for (int doc = 0; doc < count; doc++) {
            int[] ids = words[doc];
            for (int i = 0; i < ids.length; i++) {
                if (firstOccurrence(ids, i)) {
                    postings[ids[i]][filled[ids[i]]++] = doc;
                }
            }
        }
    }

    /** Whether {@code ids[i]} is not already among the ids before it (a title has a few words). */
    private static boolean firstOccurrence(int[] ids, int i) {
        for (int k = 0; k < i; k++) {
            if (ids[k] == ids[i]) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return occupation.length;
    }

    /** The ids of the words that start with {@code prefix}: from {@code [0]} to before {@code [1]}. */
    int[] prefixRange(String prefix) {
        return new int[] {lowerBound(prefix), lowerBound(prefix + Character.MAX_VALUE)};
    }

    /** How many documents the words from {@code from} to before {@code to} are in, counted with repeats. */
    int postingCount(int from, int to) {
        return cumulative[to] - cumulative[from];
    }

    /** The same among primary documents only. */
    int primaryPostingCount(int from, int to) {
        return primaryCumulative[to] - primaryCumulative[from];
    }

    int[] postings(int word) {
        return postings[word];
    }

    private int lowerBound(String key) {
        int low = 0;
        int high = vocabulary.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (vocabulary[middle].compareTo(key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Ids of the title words, for the spelling index. */
    List<Integer> titleWordIds() {
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < vocabulary.length; id++) {
            if (titleWord[id]) {
                ids.add(id);
            }
        }
        return ids;
    }
}
