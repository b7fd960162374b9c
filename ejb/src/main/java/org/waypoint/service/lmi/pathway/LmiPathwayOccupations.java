package org.waypoint.service.lmi.pathway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.waypoint.service.lmi.LmiData;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.OccupationProfiles;
import org.waypoint.service.lmi.imports.OnetOccupation;
import org.waypoint.service.lmi.imports.RelatedOccupation;

/**
 * The pathway rule's view of the current labour-market data in one area. O*NET relates O*NET
 * occupations ("29-1141.00"); a plan's steps are SOC occupations ("29-1141"), so each SOC code
 * speaks through its main O*NET occupation (the ".00" one, else its first specialty), and a relation
 * counts either way round: an occupation that lists the goal as related leads to it as much as one
 * the goal lists. Built for one request: indexing every relation costs a few milliseconds.
 */
public final class LmiPathwayOccupations implements PathwayOccupations {

    private final LmiData data;
    private final OccupationProfiles profiles;
    private final String areaId;
    private final Map<String, Map<String, Link>> links = new HashMap<>();
    private final Map<String, List<Link>> sorted = new HashMap<>();

    public LmiPathwayOccupations(LmiData data, OccupationProfiles profiles, String areaId) {
        this.data = data;
        this.profiles = profiles;
        this.areaId = areaId;
        Set<String> socs = new HashSet<>();
        data.onetOccupations().forEach(occupation -> socs.add(occupation.soc()));
        for (String soc : socs) {
            OnetOccupation main = data.onet(soc).get(0);
            for (RelatedOccupation row : data.related(main.onetSocCode())) {
                String other = row.relatedOnetSocCode().substring(0, 7);
                if (!other.equals(soc)) {
                    link(soc, other, row);
                    link(other, soc, row);
                }
            }
        }
    }

    private void link(String from, String to, RelatedOccupation row) {
        Link link = new Link(to, row.relatednessTier(), row.index());
        links.computeIfAbsent(from, key -> new HashMap<>()).merge(to, link, LmiPathwayOccupations::closer);
    }

    private static Link closer(Link a, Link b) {
        int tier = Integer.compare(a.tierRank(), b.tierRank());
        if (tier != 0) {
            return tier < 0 ? a : b;
        }
        return a.index() <= b.index() ? a : b;
    }

    @Override
    public Optional<String> title(String soc) {
        return data.title(soc);
    }

    /** The ".00" O*NET occupation's Job Zone, else the lowest of the SOC code's specialties. */
    @Override
    public Optional<Integer> jobZone(String soc) {
        List<OnetOccupation> onet = data.onet(soc);
        if (onet.isEmpty()) {
            return Optional.empty();
        }
        if (onet.get(0).onetSocCode().endsWith(".00")) {
            Optional<Integer> main = data.jobZone(onet.get(0).onetSocCode());
            if (main.isPresent()) {
                return main;
            }
        }
        return onet.stream()
                .map(occupation -> data.jobZone(occupation.onetSocCode()))
                .flatMap(Optional::stream)
                .min(Integer::compare);
    }

    @Override
    public List<Link> links(String soc) {
        return sorted.computeIfAbsent(soc, key -> {
            List<Link> list = new ArrayList<>(links.getOrDefault(key, Map.of()).values());
            list.sort(Comparator.comparingInt(Link::tierRank)
                    .thenComparingInt(Link::index)
                    .thenComparing(Link::soc));
            return List.copyOf(list);
        });
    }

    @Override
    public Figures figures(String soc) {
        return profiles.profile(soc, areaId).map(LmiPathwayOccupations::figures).orElse(Figures.NONE);
    }

    private static Figures figures(OccupationProfile profile) {
        return new Figures(
                profile.wages() == null ? null : profile.wages().median(),
                profile.projection() == null ? null : profile.projection().annualOpenings(),
                profile.typicalEducation(),
                profile.onetRequiredEducation());
    }
}
