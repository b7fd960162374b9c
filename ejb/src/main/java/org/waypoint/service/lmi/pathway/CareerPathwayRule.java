package org.waypoint.service.lmi.pathway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.waypoint.service.lmi.pathway.PathwayOccupations.Figures;
import org.waypoint.service.lmi.pathway.PathwayOccupations.Link;

/**
 * The career pathway (Kentucky 24-003, IEP must-include item 5): up to {@value #MAX_STEPPING_STONES}
 * stepping-stone occupations a career seeker can work in on the way from where they stand to the
 * goal, then the goal. Each step is related by O*NET to the next (either way round), so the skills
 * carry over. What a path may hold:
 *
 * <ul>
 *   <li>a stepping stone needs less preparation than the goal (its O*NET Job Zone is below the
 *       goal's): no Cardiologists for Dental Assistants, and nothing for a goal whose Job Zone is
 *       unknown;
 *   <li>each stepping stone climbs: it needs more preparation than the one before (one per Job
 *       Zone, so a path never goes down), and the first more than the start, or, starting from an
 *       occupation, the same preparation for more pay (Nursing Assistant to Licensed Practical Nurse).
 * </ul>
 *
 * Of the paths that may be, the rule takes the first by, in order: the first step related to the
 * start occupation; fewest steps that pay less than the step before (only where no path avoids
 * it, as for a career changer who earns more now); fewest Job Zones skipped between steps; fewest
 * Supplemental (loose) relations; most stepping stones; fewest Primary-Long relations; then the
 * higher local median wages and the more annual openings, the step nearest the goal first; then
 * O*NET's own order. Unknown wages never count as a drop. SOC's residual "All Other" occupations
 * are never stepping stones: "work as Healthcare Support Workers, All Other" names no job.
 */
public final class CareerPathwayRule {

    public static final int MAX_STEPPING_STONES = 3;

    /** SOC's residual occupations ("Computer Occupations, All Other") are no job to name in a plan. */
    static final String ALL_OTHER = ", All Other";

    private final PathwayOccupations occupations;

    public CareerPathwayRule(PathwayOccupations occupations) {
        this.occupations = occupations;
    }

    /** The steps from {@code start} to {@code goalSoc}, the goal last. */
    public List<CareerStep> steps(StartingPoint start, String goalSoc) {
        List<String> stones = occupations
                .jobZone(goalSoc)
                .map(goalZone -> bestStones(start, goalSoc, goalZone))
                .orElse(List.of());
        return new PathwayExplanations(occupations).describe(start, stones, goalSoc);
    }

    private List<String> bestStones(StartingPoint start, String goalSoc, int goalZone) {
        List<List<String>> paths = new ArrayList<>();
        paths.add(List.of());
        extend(start, goalSoc, goalZone, List.of(), goalSoc, paths);
        Comparator<Score> order = Comparator.comparingInt(Score::disconnected)
                .thenComparingInt(Score::drops)
                .thenComparingInt(Score::skippedZones)
                .thenComparingInt(Score::supplemental)
                .thenComparingInt(score -> -score.stones().size())
                .thenComparingInt(Score::primaryLong)
                .thenComparing(Score::wages, CareerPathwayRule::higherFirst)
                .thenComparing(Score::openings, CareerPathwayRule::higherFirst)
                .thenComparingInt(Score::indexes)
                .thenComparing(score -> String.join(",", score.stones()));
        return paths.stream()
                .filter(path -> path.isEmpty() || climbsFromStart(start, path.get(0)))
                .map(path -> score(start, path, goalSoc))
                .min(order)
                .map(Score::stones)
                .orElse(List.of());
    }

    /** The path whose last stepping stone has the higher figure first, then the one before it... */
    private static int higherFirst(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int compared = Integer.compare(b.get(i), a.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    /** Adds every path that ends in {@code path} with one more stepping stone before {@code next}. */
    private void extend(
            StartingPoint start, String goalSoc, int ceiling, List<String> path, String next, List<List<String>> into) {
        if (path.size() == MAX_STEPPING_STONES) {
            return;
        }
        for (Link link : occupations.links(next)) {
            String soc = link.soc();
            Optional<Integer> zone = occupations.jobZone(soc);
            if (soc.equals(goalSoc)
                    || soc.equals(start.soc())
                    || path.contains(soc)
                    || zone.isEmpty()
                    || zone.get() < start.floor()
                    || zone.get() >= ceiling
                    || occupations.title(soc).isEmpty()
                    || occupations.title(soc).get().contains(ALL_OTHER)) {
                continue;
            }
            List<String> longer = new ArrayList<>();
            longer.add(soc);
            longer.addAll(path);
            into.add(longer);
            extend(start, goalSoc, zone.get(), longer, soc, into);
        }
    }

    /** Stones climb from each other by construction; the first must climb from the start. */
    private boolean climbsFromStart(StartingPoint start, String first) {
        int zone = occupations.jobZone(first).orElseThrow();
        if (zone > start.floor()) {
            return true;
        }
        Integer now = start.soc() == null ? null : wage(start.soc());
        Integer then = wage(first);
        return now != null && then != null && then > now;
    }

    private Score score(StartingPoint start, List<String> stones, String goalSoc) {
        List<String> steps = new ArrayList<>(stones);
        steps.add(goalSoc);
        String previous = start.soc();
        int previousZone = start.floor();
        Integer previousWage = previous == null ? null : wage(previous);
        int disconnected = previous != null && link(previous, steps.get(0)).isEmpty() ? 1 : 0;
        int drops = 0, skipped = 0, supplemental = 0, primaryLong = 0, indexes = 0;
        List<Integer> wages = new ArrayList<>();
        List<Integer> openings = new ArrayList<>();
        for (String soc : steps) {
            Integer zone = occupations.jobZone(soc).orElse(null);
            Figures figures = occupations.figures(soc);
            Integer wage = figures.medianAnnualWage();
            if (zone != null) {
                skipped += Math.max(0, zone - previousZone - 1);
            }
            if (wage != null && previousWage != null && wage < previousWage) {
                drops++;
            }
            Optional<Link> link = previous == null ? Optional.empty() : link(previous, soc);
            if (link.isPresent()) {
                supplemental += link.get().tierRank() == 2 ? 1 : 0;
                primaryLong += link.get().tierRank() == 1 ? 1 : 0;
                indexes += link.get().index();
            }
            if (!soc.equals(goalSoc)) {
                wages.add(0, wage == null ? -1 : wage);
                openings.add(0, figures.annualOpenings() == null ? -1 : figures.annualOpenings());
            }
            previous = soc;
            previousZone = zone == null ? previousZone : zone;
            previousWage = wage == null ? previousWage : wage;
        }
        return new Score(stones, disconnected, drops, skipped, supplemental, primaryLong, wages, openings, indexes);
    }

    private Integer wage(String soc) {
        return occupations.figures(soc).medianAnnualWage();
    }

    private Optional<Link> link(String from, String to) {
        return occupations.links(from).stream()
                .filter(link -> link.soc().equals(to))
                .findFirst();
    }

    private record Score(
            List<String> stones,
            int disconnected,
            int drops,
            int skippedZones,
            int supplemental,
            int primaryLong,
            List<Integer> wages,
            List<Integer> openings,
            int indexes) {}
}
