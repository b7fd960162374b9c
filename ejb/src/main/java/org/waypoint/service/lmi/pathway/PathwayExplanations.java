package org.waypoint.service.lmi.pathway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.waypoint.service.common.Text;
import org.waypoint.service.lmi.pathway.PathwayOccupations.Figures;
import org.waypoint.service.lmi.pathway.PathwayOccupations.Link;

/**
 * Turns the occupations the rule chose into steps that say what each takes, pays and why it is on
 * the path: the Job Zone, the education, the local figures, and O*NET's relation to the next step.
 */
final class PathwayExplanations {

    private final PathwayOccupations occupations;

    PathwayExplanations(PathwayOccupations occupations) {
        this.occupations = occupations;
    }

    List<CareerStep> describe(StartingPoint start, List<String> stones, String goalSoc) {
        List<CareerStep> steps = new ArrayList<>();
        String previous = start.soc();
        Integer previousZone = start.jobZone();
        Integer previousWage =
                previous == null ? null : occupations.figures(previous).medianAnnualWage();
        for (int i = 0; i < stones.size(); i++) {
            String soc = stones.get(i);
            String next = i + 1 < stones.size() ? stones.get(i + 1) : goalSoc;
            Integer zone = occupations.jobZone(soc).orElse(null);
            Figures figures = occupations.figures(soc);
            Optional<Link> link = link(soc, next);
            String nextTitle = title(next);
            Text tier = link.map(l -> Text.of(RelatednessTier.key(l.tier()))).orElse(null);
            String key;
            if (zone != null && previousZone != null && zone > previousZone) {
                key = "lmi.pathway.why.stepUp";
            } else if (figures.medianAnnualWage() != null
                    && previousWage != null
                    && figures.medianAnnualWage() > previousWage) {
                key = "lmi.pathway.why.payRise";
            } else {
                key = "lmi.pathway.why.related";
            }
            steps.add(
                    step(soc, zone, figures, link.map(Link::tier).orElse(null), false, Text.of(key, nextTitle, tier)));
            previous = soc;
            previousZone = zone == null ? previousZone : zone;
            previousWage = figures.medianAnnualWage() == null ? previousWage : figures.medianAnnualWage();
        }
        Optional<Link> last = previous == null ? Optional.empty() : link(previous, goalSoc);
        Text why = last.isPresent()
                ? Text.of(
                        "lmi.pathway.why.goalRelated",
                        title(previous),
                        Text.of(RelatednessTier.key(last.get().tier())))
                : Text.of("lmi.pathway.why.goal");
        steps.add(step(
                goalSoc,
                occupations.jobZone(goalSoc).orElse(null),
                occupations.figures(goalSoc),
                last.map(Link::tier).orElse(null),
                true,
                why));
        return steps;
    }

    private CareerStep step(String soc, Integer zone, Figures figures, String tier, boolean goal, Text why) {
        return new CareerStep(
                soc,
                title(soc),
                zone,
                figures.typicalEducation(),
                figures.onetRequiredEducation(),
                figures.medianAnnualWage(),
                figures.annualOpenings(),
                tier,
                goal,
                why);
    }

    private String title(String soc) {
        return occupations.title(soc).orElse(soc);
    }

    private Optional<Link> link(String from, String to) {
        return occupations.links(from).stream()
                .filter(link -> link.soc().equals(to))
                .findFirst();
    }
}
