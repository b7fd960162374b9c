package org.waypoint.service.lmi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.waypoint.service.lmi.OccupationMatch.MatchedBy;
import org.waypoint.service.lmi.SpellingIndex.Correction;

/**
 * One search over the {@link SearchIndex}: the typed words, the documents that hold the rarest of
 * them, and each occupation's best document. A first pass takes the words as typed (whole or
 * started); only when it finds fewer than asked does a second pass try spelling corrections, whose
 * matches come after every exact and prefix match.
 *
 * <p>An occupation's best document: fewest edits; then the whole text typed ("Forklift Driver");
 * then by kind (title, abbreviation, O*NET specialty, reported title, alternate title,
 * description); then all words typed whole before words only started; then the abbreviation
 * table's order, or the title starting with the first word. Occupations tied on that come in the
 * order of how many of their texts matched ("forklift operator" is in more of Industrial Truck
 * Operators' titles than of Construction Equipment Operators'), then shorter titles first.
 */
final class SearchQuery {

    /** Abbreviation rows rank by their order in the table: the first row gets this. */
    static final int MAX_ORDER = 100;

    /** An occupation found, with how. */
    record Found(int occupation, String matched, MatchedBy by) {}

    /** Typed words this short are only started in primary texts; elsewhere they must be whole. */
    private static final int SHORT = 2;

    /** A typed word: the vocabulary words it starts ({@code from} to before {@code to}), or corrections. */
    private record Term(String typed, String stem, int from, int to, int[] corrected, int[] edits) {

        boolean started(int word) {
            return word >= from && word < to;
        }

        boolean isShort() {
            return stem.length() <= SHORT;
        }

        /** Edits to reach a corrected word, or 0 when it is not a correction of this term. */
        int editsTo(int word) {
            if (corrected.length == 0) {
                return 0;
            }
            int at = Arrays.binarySearch(corrected, word);
            return at >= 0 ? edits[at] : 0;
        }
    }

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
    private final SpellingIndex spelling;
    private final String[] typed;

    SearchQuery(SearchIndex index, SpellingIndex spelling, String[] typed) {
        this.index = index;
        this.spelling = spelling;
        this.typed = typed;
    }

    List<Found> run(int limit) {
        if (typed.length == 0) {
            return List.of();
        }
        Term[] terms = new Term[typed.length];
        boolean allStarted = true;
        for (int i = 0; i < typed.length; i++) {
            String stem = SearchWords.stem(typed[i]);
            int[] range = index.prefixRange(stem);
            terms[i] = new Term(typed[i], stem, range[0], range[1], new int[0], new int[0]);
            allStarted &= range[0] < range[1];
        }
        Best[] exact = collect(terms, false, null);
        List<Found> found = new ArrayList<>(ranked(exact, limit));
        if (found.size() < limit) {
            Term[] corrected = new Term[terms.length];
            boolean any = false;
            for (int i = 0; i < terms.length; i++) {
                Term term = terms[i];
                // correct the words that start nothing; if all start something, any of them
                boolean correct = !allStarted ? term.from() == term.to() : true;
                List<Correction> corrections = correct ? spelling.corrections(term.typed()) : List.of();
                any |= !corrections.isEmpty();
                corrected[i] = new Term(
                        term.typed(),
                        term.stem(),
                        term.from(),
                        term.to(),
                        corrections.stream().mapToInt(Correction::word).toArray(),
                        corrections.stream().mapToInt(Correction::edits).toArray());
            }
            if (any) {
                found.addAll(ranked(collect(corrected, true, exact), limit - found.size()));
            }
        }
        return found;
    }

    /** Each occupation's best document among those holding every term; descriptions only as typed. */
    private Best[] collect(Term[] terms, boolean corrections, Best[] skip) {
        Term rarest = terms[0];
        for (Term term : terms) {
            if (postings(term) < postings(rarest)) {
                rarest = term;
            }
        }
        BitSet candidates = new BitSet(index.size());
        for (int word = rarest.from(); word < rarest.to(); word++) {
            boolean everywhere = !rarest.isShort() || whole(rarest, word);
            for (int doc : index.postings(word)) {
                if (!everywhere && doc >= index.primaryCount) {
                    break;
                }
                candidates.set(doc);
            }
        }
        for (int word : rarest.corrected()) {
            for (int doc : index.postings(word)) {
                candidates.set(doc);
            }
        }
        Best[] best = new Best[index.titleDoc.length];
        for (int doc = candidates.nextSetBit(0); doc >= 0; doc = candidates.nextSetBit(doc + 1)) {
            int occupation = index.occupation[doc];
            if ((skip != null && skip[occupation] != null)
                    || (corrections && index.kind[doc] == MatchedBy.DESCRIPTION)) {
                continue;
            }
            score(doc, terms, corrections, best);
        }
        return best;
    }

    private int postings(Term term) {
        int count = term.isShort()
                ? index.primaryPostingCount(term.from(), term.to()) + wholePostings(term)
                : index.postingCount(term.from(), term.to());
        for (int word : term.corrected()) {
            count += index.postings(word).length;
        }
        return count;
    }

    /** The postings of the word typed whole, if it is one. */
    private int wholePostings(Term term) {
        int count = 0;
        for (int word = term.from(); word < term.to() && word < term.from() + 4; word++) {
            if (whole(term, word)) {
                count += index.postings(word).length;
            }
        }
        return count;
    }

    /** Scores one document against every term and keeps it if it beats its occupation's best. */
    private void score(int doc, Term[] terms, boolean corrections, Best[] best) {
        int[] words = index.words[doc];
        boolean primary = doc < index.primaryCount;
        boolean whole = true;
        int edits = 0;
        int[] via = corrections ? new int[terms.length] : null;
        for (int t = 0; t < terms.length; t++) {
            Term term = terms[t];
            // 3: the word typed whole, 2: started, 1: corrected; 0: not in this text
            int level = 0;
            int termEdits = 0;
            for (int word : words) {
                if (term.started(word) && (primary || !term.isShort() || whole(term, word))) {
                    int found = whole(term, word) ? 3 : 2;
                    if (found > level) {
                        level = found;
                        termEdits = 0;
                    }
                } else if (level <= 1) {
                    int needed = term.editsTo(word);
                    if (needed > 0 && (level == 0 || needed < termEdits)) {
                        level = 1;
                        termEdits = needed;
                        via[t] = word;
                    }
                }
            }
            if (level == 0) {
                return;
            }
            whole &= level != 2;
            edits += termEdits;
            if (via != null && level > 1) {
                via[t] = -1;
            }
        }
        if (corrections && edits == 0) {
            return;
        }
        MatchedBy kind = index.kind[doc];
        boolean exact = whole && kind != MatchedBy.DESCRIPTION && wholeText(doc, terms);
        int kindRank = MatchedBy.values().length - kind.ordinal();
        int order = kind == MatchedBy.ABBREVIATION ? index.order[doc] : starts(terms[0], words[0]) ? 1 : 0;
        int occupation = index.occupation[doc];
        Best current = best[occupation];
        if (current == null) {
            current = new Best();
            best[occupation] = current;
        } else if (!better(edits, exact, kindRank, whole, order, current)) {
            current.hits++;
            return;
        }
        current.hits++;
        current.doc = doc;
        current.edits = edits;
        current.exact = exact;
        current.kind = kindRank;
        current.whole = whole;
        current.order = order;
        current.matched = via == null ? null : corrected(via);
    }

    /** The typed words with the corrected ones replaced: "dental assistants" for "dental assistent". */
    private String corrected(int[] via) {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < typed.length; t++) {
            text.append(t == 0 ? "" : " ").append(via[t] >= 0 ? index.vocabulary[via[t]] : typed[t]);
        }
        return text.toString();
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

    private boolean starts(Term term, int word) {
        return term.started(word) || term.editsTo(word) > 0;
    }

    private boolean whole(Term term, int word) {
        return index.stems[word].equals(term.stem()) || index.vocabulary[word].equals(term.typed());
    }

    /**
     * The text outside parentheses is what was typed: each typed word one of its words, typed
     * whole or corrected, and each of its words typed.
     */
    private boolean wholeText(int doc, Term[] terms) {
        int[] words = index.words[doc];
        int main = index.main[doc];
        for (Term term : terms) {
            boolean inMain = false;
            for (int i = 0; i < main && !inMain; i++) {
                inMain = typedAs(term, words[i]);
            }
            if (!inMain) {
                return false;
            }
        }
        for (int i = 0; i < main; i++) {
            boolean typedWord = false;
            for (int t = 0; t < terms.length && !typedWord; t++) {
                typedWord = typedAs(terms[t], words[i]);
            }
            if (!typedWord) {
                return false;
            }
        }
        return true;
    }

    private boolean typedAs(Term term, int word) {
        return (term.started(word) && whole(term, word)) || term.editsTo(word) > 0;
    }

    private List<Found> ranked(Best[] best, int limit) {
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
