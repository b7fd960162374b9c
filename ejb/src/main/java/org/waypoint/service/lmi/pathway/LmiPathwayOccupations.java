package org.waypoint.service.lmi.pathway;

import java.util.List;
import java.util.Optional;
import org.waypoint.service.lmi.LmiData;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.OccupationProfiles;
import org.waypoint.service.lmi.imports.OnetOccupation;

/**
 * The pathway rule's view of the current labour-market data in one area. O*NET relates O*NET
 * occupations ("29-1141.00"); a plan's steps are SOC occupations ("29-1141"), so each SOC code
 * speaks through its main O*NET occupation (the ".00" one, else its first specialty), and a relation
 * counts either way round: an occupation that lists the goal as related leads to it as much as one
 * the goal lists. The relations are indexed once per data snapshot ({@link PathwayLinks}).
 */
public final class LmiPathwayOccupations implements PathwayOccupations {

    private final LmiData data;
    private final OccupationProfiles profiles;
    private final String areaId;
    private final PathwayLinks links;

    public LmiPathwayOccupations(LmiData data, OccupationProfiles profiles, String areaId) {
        this.data = data;
        this.profiles = profiles;
        this.areaId = areaId;
        this.links = PathwayLinks.of(data);
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
        return links.links(soc);
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
