package org.waypoint.service.lmi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.waypoint.service.lmi.OccupationMatch.MatchedBy;

/**
 * Each occupation's best matching text during one {@link SearchQuery} pass, and the ranking of the
 * occupations found. An occupation's best text: fewest edits; then the whole text typed ("Forklift
 * Driver"); then by kind (title, abbreviation, O*NET specialty, reported title, alternate title,
 * description); then all words typed whole before words only started; then the abbreviation
 * table's order, or the title starting with the first word. Occupations tied on that come in the
 * order of how many of their texts matched ("forklift operator" is in more of Industrial Truck
 * Operators' titles than of Construction Equipment Operators'), then shorter titles first.
 */
final class BestMatches {

    /** An occupation found, with how. */
    record Found(int occupation, String matched, MatchedBy by) {}

    /** The best document of an occupation so far, and how many of its documents matched. */
    private static final class Best {
        int doc;
        int edits;
        boolean exact;
        int kind;
        boolean whole;
        int order;
        int hits;
        String matched;
    }

    private final SearchIndex index;
    private final Best[] best;

    BestMatches(SearchIndex index) {
        this.index = index;
        this.best = new Best[index.titleDoc.length];
    }

    boolean has(int occupation) {
        return best[occupation] != null;
    }

    /** A matching text; kept as its occupation's best if it beats the one so far. */
    void offer(int doc, int edits, boolean exact, int kind, boolean whole, int order, String matched) {
        int occupation = index.occupation[doc];
        Best current = best[occupation];
        if (current == null) {
            current = new Best();
            best[occupation] = current;
        } else if (!better(edits, exact, kind, whole, order, current)) {
            current.hits++;
            return;
        }
        current.hits++;
        current.doc = doc;
        current.edits = edits;
        current.exact = exact;
        current.kind = kind;
        current.whole = whole;
        current.order = order;
        current.matched = matched;
    }

    private static boolean better(int edits, boolean exact, int kind, boolean whole, int order, Best best) {
        if (edits != best.edits) {
            return edits < best.edits;
        }
        if (exact != best.exact) {
            return exact;
        }
        if (kind != best.kind) {
            return kind > best.kind;
        }
        if (whole != best.whole) {
            return whole;
        }
        return order > best.order;
    }

    /** The occupations found, best first, at most {@code limit}. */
    List<Found> ranked(int limit) {
        int count = 0;
        for (Best b : best) {
            count += b == null ? 0 : 1;
        }
        long[] keys = new long[count];
        int[] occupations = new int[count];
        int at = 0;
        for (int o = 0; o < best.length; o++) {
            if (best[o] != null) {
                keys[at] = sortKey(o, best[o]);
                occupations[at++] = o;
            }
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> keys[i]).thenComparing(i -> index.text[
                index.titleDoc[occupations[i]]]));
        List<Found> found = new ArrayList<>(Math.min(limit, count));
        for (int i = 0; i < count && found.size() < limit; i++) {
            found.add(found(occupations[order[i]], best[occupations[order[i]]]));
        }
        return found;
    }

    /**
     * Smaller is better: edits, then the whole text typed, kind, all words whole, order, how many
     * texts matched (not for titles, which go shorter first), the title's length.
     */
    private long sortKey(int occupation, Best best) {
        long key = Math.min(best.edits, 15);
        key = key << 1 | (best.exact ? 0 : 1);
        key = key << 4 | (15 - best.kind);
        key = key << 1 | (best.whole ? 0 : 1);
        key = key << 8 | (255 - Math.min(best.order, 255));
        int hits = index.kind[best.doc] == MatchedBy.TITLE ? 0 : Math.min(best.hits, 4095);
        key = key << 12 | (4095 - hits);
        key = key << 10 | Math.min(index.text[index.titleDoc[occupation]].length(), 1023);
        return key;
    }

    private Found found(int occupation, Best best) {
        if (best.edits > 0) {
            return new Found(occupation, best.matched, MatchedBy.SPELLING_CORRECTION);
        }
        MatchedBy kind = index.kind[best.doc];
        String matched = kind == MatchedBy.TITLE || kind == MatchedBy.DESCRIPTION ? null : index.text[best.doc];
        return new Found(occupation, matched, kind);
    }
}
