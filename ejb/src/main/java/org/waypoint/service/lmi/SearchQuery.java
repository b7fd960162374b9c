package org.waypoint.service.lmi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.waypoint.service.lmi.OccupationMatch.MatchedBy;
import org.waypoint.service.lmi.SpellingIndex.Correction;

/**
 * One search over the {@link SearchIndex}: the typed words, the documents that hold the rarest of
 * them, and each occupation's best document ({@link BestMatches}, which also ranks them). A first
 * pass takes the words as typed (whole or started); only when it finds fewer than asked does a
 * second pass try spelling corrections, whose matches come after every exact and prefix match.
 */
final class SearchQuery {

    /** Abbreviation rows rank by their order in the table: the first row gets this. */
    static final int MAX_ORDER = 100;

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

    private final SearchIndex index;
    private final SpellingIndex spelling;
    private final String[] typed;

    SearchQuery(SearchIndex index, SpellingIndex spelling, String[] typed) {
        this.index = index;
        this.spelling = spelling;
        this.typed = typed;
    }

    List<BestMatches.Found> run(int limit) {
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
        BestMatches exact = collect(terms, false, null);
        List<BestMatches.Found> found = new ArrayList<>(exact.ranked(limit));
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
                found.addAll(collect(corrected, true, exact).ranked(limit - found.size()));
            }
        }
        return found;
    }

    /** Each occupation's best document among those holding every term; descriptions only as typed. */
    private BestMatches collect(Term[] terms, boolean corrections, BestMatches skip) {
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
        BestMatches best = new BestMatches(index);
        for (int doc = candidates.nextSetBit(0); doc >= 0; doc = candidates.nextSetBit(doc + 1)) {
            int occupation = index.occupation[doc];
            if ((skip != null && skip.has(occupation)) || (corrections && index.kind[doc] == MatchedBy.DESCRIPTION)) {
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
    private void score(int doc, Term[] terms, boolean corrections, BestMatches best) {
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
        best.offer(doc, edits, exact, kindRank, whole, order, via == null ? null : corrected(via));
    }

    /** The typed words with the corrected ones replaced: "dental assistants" for "dental assistent". */
    private String corrected(int[] via) {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < typed.length; t++) {
            text.append(t == 0 ? "" : " ").append(via[t] >= 0 ? index.vocabulary[via[t]] : typed[t]);
        }
        return text.toString();
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
}
