package org.waypoint.service.lmi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.waypoint.service.lmi.Abbreviations.Abbreviation;
import org.waypoint.service.lmi.OccupationMatch.MatchedBy;
import org.waypoint.service.lmi.SearchIndex.Source;
import org.waypoint.service.lmi.imports.OnetAlternateTitle;
import org.waypoint.service.lmi.imports.OnetOccupation;
import org.waypoint.service.lmi.imports.OnetReportedTitle;

/**
 * Finds occupations the way career seekers and case managers type them: by title or keyword, any
 * case, partial words ("dent assist"), singular or plural, by O*NET specialty, alternate title
 * ("Certified Phlebotomist") or reported title ("Forklift Driver"), by a common abbreviation
 * ("CNA", "CDL", "HVAC"), with small typos ("dental assistent"), or by SOC ("31-9091", "319091") or
 * O*NET-SOC code ("31-9091.00"). Each match says what matched.
 *
 * <p>Built once per data snapshot ({@link LmiCatalog}); a query reads only the index entries of
 * its own words. Ranking, best first: a code; then whole text typed, all words whole, words
 * started; within each, the title, an abbreviation, a specialty, a reported title, an alternate
 * title; then descriptions; and only after every exact and prefix match, spelling corrections.
 */
public final class OccupationSearch {

    private static final Pattern CODE = Pattern.compile("\\d{2}-?\\d{0,4}(\\.\\d{0,2})?");

    private final LmiData data;
    private final NavigableMap<String, String> titles;
    private final String[] socs;
    private final String[] occupationTitles;
    private final SearchIndex index;
    private final SpellingIndex spelling;

    public OccupationSearch(LmiData data) {
        this.data = data;
        this.titles = new TreeMap<>(data.titles());
        this.socs = titles.keySet().toArray(String[]::new);
        this.occupationTitles = titles.values().toArray(String[]::new);
        this.index = new SearchIndex(sources());
        this.spelling = new SpellingIndex(index.vocabulary, index.titleWordIds());
    }

    private List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        Map<String, Integer> bySoc = new HashMap<>();
        for (int i = 0; i < socs.length; i++) {
            bySoc.put(socs[i], i);
            String title = occupationTitles[i];
            sources.add(new Source(i, MatchedBy.TITLE, title, SearchWords.split(title), 0));
            Set<String> seen = new HashSet<>();
            seen.add(MatchedBy.TITLE + title.toLowerCase(Locale.ROOT));
            for (OnetOccupation onet : data.onet(socs[i])) {
                add(sources, seen, i, MatchedBy.ONET_SPECIALTY, onet.title());
                String[] description = SearchWords.words(onet.description());
                sources.add(new Source(
                        i, MatchedBy.DESCRIPTION, null, new SearchWords.Split(description, description.length), 0));
                for (OnetReportedTitle reported : data.reportedTitles(onet.onetSocCode())) {
                    add(sources, seen, i, MatchedBy.REPORTED_TITLE, reported.title());
                }
                for (OnetAlternateTitle alternate : data.alternateTitles(onet.onetSocCode())) {
                    add(sources, seen, i, MatchedBy.ALTERNATE_TITLE, alternate.title());
                }
            }
        }
        for (Abbreviation abbreviation : Abbreviations.shipped()) {
            Integer i = bySoc.get(abbreviation.soc());
            if (i != null) {
                // "CDL driver": the abbreviation, then the title's words for anything typed after it
                String[] typed = SearchWords.words(abbreviation.text());
                String[] title = SearchWords.words(occupationTitles[i]);
                String[] all = new String[typed.length + title.length];
                System.arraycopy(typed, 0, all, 0, typed.length);
                System.arraycopy(title, 0, all, typed.length, title.length);
                sources.add(new Source(
                        i,
                        MatchedBy.ABBREVIATION,
                        abbreviation.text(),
                        new SearchWords.Split(all, typed.length),
                        SearchQuery.MAX_ORDER - abbreviation.rank()));
            }
        }
        return sources;
    }

    /** Adds a text once per occupation: a title many specialties share counts once. */
    private static void add(List<Source> sources, Set<String> seen, int occupation, MatchedBy kind, String text) {
        if (seen.add(kind + text.toLowerCase(Locale.ROOT))
                && !seen.contains(MatchedBy.TITLE + text.toLowerCase(Locale.ROOT))) {
            sources.add(new Source(occupation, kind, text, SearchWords.split(text), 0));
        }
    }

    /** At most {@code limit} matches, best first; nothing for a blank query. */
    public List<OccupationMatch> search(String query, int limit) {
        if (query == null || query.isBlank() || limit < 1) {
            return List.of();
        }
        String trimmed = query.strip();
        if (CODE.matcher(trimmed).matches()) {
            return byCode(trimmed, limit);
        }
        return new SearchQuery(index, spelling, SearchWords.words(trimmed))
                .run(limit).stream()
                        .map(found -> new OccupationMatch(
                                socs[found.occupation()],
                                occupationTitles[found.occupation()],
                                found.matched(),
                                found.by()))
                        .toList();
    }

    private List<OccupationMatch> byCode(String typed, int limit) {
        String code = typed.length() >= 3 && typed.charAt(2) != '-'
                ? typed.substring(0, 2) + "-" + typed.substring(2)
                : typed;
        String prefix = code.length() > 7 ? code.substring(0, 7) : code;
        List<OccupationMatch> found = new ArrayList<>();
        for (Map.Entry<String, String> entry :
                titles.subMap(prefix, true, prefix + Character.MAX_VALUE, false).entrySet()) {
            if (found.size() == limit) {
                break;
            }
            String specialty = data.onet(entry.getKey()).stream()
                    .filter(onet -> onet.onetSocCode().equals(code))
                    .map(OnetOccupation::title)
                    .filter(title -> !title.equals(entry.getValue()))
                    .findFirst()
                    .orElse(null);
            found.add(new OccupationMatch(entry.getKey(), entry.getValue(), specialty, MatchedBy.CODE));
        }
        return found;
    }

    /** What the index holds, for the figures in the logs: documents, words, spelling entries. */
    String size() {
        return index.size() + " texts, " + index.vocabulary.length + " words, " + spelling.size() + " spelling entries";
    }
}
