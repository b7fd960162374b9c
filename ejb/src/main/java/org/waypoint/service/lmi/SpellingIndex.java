package org.waypoint.service.lmi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the title words a mistyped word was meant to be ("assistent" is "assistant"), within one
 * edit for words of five letters or more and two for eight or more (Damerau-Levenshtein, adjacent
 * letters swapped counting as one edit). Symmetric deletion (as SymSpell does): every title word is
 * indexed under the strings left by deleting up to two of its letters, so a typed word looks up its
 * own deletions and checks the distance of only the few words found, never the whole vocabulary.
 * The index is one sorted {@code long[]} of (hash of the deletion, word id): a few megabytes.
 */
final class SpellingIndex {

    private static final int ID_BITS = 24;
    private static final long ID_MASK = (1L << ID_BITS) - 1;
    private static final int HASH_BITS = 63 - ID_BITS;

    private final String[] vocabulary;
    private final long[] entries;

    SpellingIndex(String[] vocabulary, List<Integer> wordIds) {
        this.vocabulary = vocabulary;
        if (vocabulary.length > ID_MASK) {
            throw new IllegalArgumentException("Too many words for the spelling index: " + vocabulary.length);
        }
        long[] all = new long[wordIds.size() * 32];
        int count = 0;
        for (int id : wordIds) {
            String word = vocabulary[id];
            if (word.length() < 4) {
                continue;
            }
            long[] hashes = deletionHashes(word, word.length() >= 6 ? 2 : 1);
            if (count + hashes.length > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, count + hashes.length));
            }
            for (long hash : hashes) {
                all[count++] = (hash << ID_BITS) | id;
            }
        }
        long[] sorted = Arrays.copyOf(all, count);
        Arrays.sort(sorted);
        entries = unique(sorted);
    }

    /** Edits allowed for a typed word: none under five letters, one from five, two from eight. */
    static int allowedEdits(String word) {
        return word.length() >= 8 ? 2 : word.length() >= 5 ? 1 : 0;
    }

    /** A title word within the allowed edits of a typed word. */
    record Correction(int word, int edits) {}

    /** The title words within the allowed edits of {@code typed}, in id order; never itself. */
    List<Correction> corrections(String typed) {
        int allowed = allowedEdits(typed);
        if (allowed == 0) {
            return List.of();
        }
        long[] hashes = unique(sortedCopy(deletionHashes(typed, allowed)));
        int[] ids = new int[16];
        int count = 0;
        for (long hash : hashes) {
            long key = hash << ID_BITS;
            for (int i = lowerBound(key); i < entries.length && (entries[i] & ~ID_MASK) == key; i++) {
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, count * 2);
                }
                ids[count++] = (int) (entries[i] & ID_MASK);
            }
        }
        int[] candidates = Arrays.copyOf(ids, count);
        Arrays.sort(candidates);
        List<Correction> found = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            if (i > 0 && candidates[i] == candidates[i - 1]) {
                continue;
            }
            String word = vocabulary[candidates[i]];
            if (!word.equals(typed) && Math.abs(word.length() - typed.length()) <= allowed) {
                int edits = distance(typed, word, allowed);
                if (edits <= allowed) {
                    found.add(new Correction(candidates[i], edits));
                }
            }
        }
        return found;
    }

    int size() {
        return entries.length;
    }

    /**
     * The hashes of the word and of every string left by deleting up to {@code edits} (one or
     * two) of its letters, computed without building the strings; repeats are possible.
     */
    static long[] deletionHashes(String word, int edits) {
        int n = word.length();
        long[] hashes = new long[1 + n + (edits >= 2 ? n * (n - 1) / 2 : 0)];
        int count = 0;
        hashes[count++] = hash(word, -1, -1);
        for (int i = 0; i < n; i++) {
            hashes[count++] = hash(word, i, -1);
            if (edits >= 2) {
                for (int j = i + 1; j < n; j++) {
                    hashes[count++] = hash(word, i, j);
                }
            }
        }
        return hashes;
    }

    private static long[] sortedCopy(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static long[] unique(long[] sorted) {
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }

    /**
     * Damerau-Levenshtein distance (optimal string alignment) of two words, or {@code limit + 1}
     * as soon as it is sure to exceed {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                best = Math.min(best, value);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }

    /** FNV-1a of the word without the letters at {@code skip} and {@code skipToo}, cut to the bits kept. */
    private static long hash(String word, int skip, int skipToo) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            if (i != skip && i != skipToo) {
                hash ^= word.charAt(i);
                hash *= 0x100000001b3L;
            }
        }
        return hash >>> (64 - HASH_BITS);
    }

    private int lowerBound(long key) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
