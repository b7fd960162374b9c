package org.waypoint.service.lmi.pathway;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.waypoint.service.lmi.LmiData;
import org.waypoint.service.lmi.imports.OnetOccupation;
import org.waypoint.service.lmi.imports.RelatedOccupation;
import org.waypoint.service.lmi.pathway.PathwayOccupations.Link;

/**
 * O*NET's relations between SOC occupations, each through its main O*NET occupation and counted
 * either way round, closest tier first. Built once per data snapshot: indexing every relation took
 * about 10 ms of CPU, which every pathway request paid (issue 20: 185 requests a second at 16
 * users). The data of a snapshot never changes; a new snapshot is a new {@link LmiData}, and the
 * entries of old ones go with them.
 */
final class PathwayLinks {

    private static final Map<LmiData, PathwayLinks> BUILT = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, List<Link>> sorted = new HashMap<>();

    static PathwayLinks of(LmiData data) {
        return BUILT.computeIfAbsent(data, PathwayLinks::new);
    }

    private PathwayLinks(LmiData data) {
        Map<String, Map<String, Link>> links = new HashMap<>();
        Set<String> socs = new HashSet<>();
        data.onetOccupations().forEach(occupation -> socs.add(occupation.soc()));
        for (String soc : socs) {
            OnetOccupation main = data.onet(soc).get(0);
            for (RelatedOccupation row : data.related(main.onetSocCode())) {
                String other = row.relatedOnetSocCode().substring(0, 7);
                if (!other.equals(soc)) {
                    link(links, soc, other, row);
                    link(links, other, soc, row);
                }
            }
        }
        links.forEach((soc, bySoc) -> {
            List<Link> list = new ArrayList<>(bySoc.values());
            list.sort(Comparator.comparingInt(Link::tierRank)
                    .thenComparingInt(Link::index)
                    .thenComparing(Link::soc));
            sorted.put(soc, List.copyOf(list));
        });
    }

    private static void link(Map<String, Map<String, Link>> links, String from, String to, RelatedOccupation row) {
        Link link = new Link(to, row.relatednessTier(), row.index());
        links.computeIfAbsent(from, key -> new HashMap<>()).merge(to, link, PathwayLinks::closer);
    }

    private static Link closer(Link a, Link b) {
        int tier = Integer.compare(a.tierRank(), b.tierRank());
        if (tier != 0) {
            return tier < 0 ? a : b;
        }
        return a.index() <= b.index() ? a : b;
    }

    /** The occupations related to {@code soc}, closest first. */
    List<Link> links(String soc) {
        return sorted.getOrDefault(soc, List.of());
    }
}
