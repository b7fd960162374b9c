package org.waypoint.service.lmi.pathway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A handful of made-up occupations for the pathway rule's cases: title, Job Zone, figures, links. */
final class FakeOccupations implements PathwayOccupations {

    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, Integer> zones = new HashMap<>();
    private final Map<String, Figures> figures = new HashMap<>();
    private final Map<String, List<Link>> links = new HashMap<>();

    /** An occupation; {@code zone}, {@code wage} and {@code openings} may be null. */
    FakeOccupations occupation(String soc, String title, Integer zone, Integer wage, Integer openings) {
        titles.put(soc, title);
        if (zone != null) {
            zones.put(soc, zone);
        }
        figures.put(soc, new Figures(wage, openings, null, null));
        return this;
    }

    /** O*NET relates the two, as the rule reads it either way round. */
    FakeOccupations link(String a, String b, String tier, int index) {
        links.computeIfAbsent(a, key -> new ArrayList<>()).add(new Link(b, tier, index));
        links.computeIfAbsent(b, key -> new ArrayList<>()).add(new Link(a, tier, index));
        return this;
    }

    @Override
    public Optional<String> title(String soc) {
        return Optional.ofNullable(titles.get(soc));
    }

    @Override
    public Optional<Integer> jobZone(String soc) {
        return Optional.ofNullable(zones.get(soc));
    }

    @Override
    public List<Link> links(String soc) {
        List<Link> list = new ArrayList<>(links.getOrDefault(soc, List.of()));
        list.sort(Comparator.comparingInt(Link::tierRank).thenComparingInt(Link::index));
        return list;
    }

    @Override
    public Figures figures(String soc) {
        return figures.getOrDefault(soc, Figures.NONE);
    }
}
