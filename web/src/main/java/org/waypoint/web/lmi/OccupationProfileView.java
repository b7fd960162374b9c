package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.waypoint.service.lmi.Area;
import org.waypoint.service.lmi.AreaComparison;
import org.waypoint.service.lmi.InDemand;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.service.lmi.OccupationMatch;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.participant.ParticipantService;
import org.waypoint.service.participant.ParticipantView;
import org.waypoint.web.common.Pages;

/**
 * lmi/occupation.xhtml: the Kentucky guidance's fifteen steps in one page. Staff search an
 * occupation, see its profile for the career seeker's own area (from their address) or any other,
 * compare it with up to three others, print the report, and carry the figures into the plan's LMI
 * section.
 */
@Named
@ViewScoped
public class OccupationProfileView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_COMPARED = 3;

    @EJB
    private LmiService lmi;

    @EJB
    private ParticipantService participants;

    private Long participantId;
    private ParticipantView participant;
    private String soc;
    private String areaId;
    private String query;
    private String compareQuery;
    private final List<String> compared = new ArrayList<>();
    private List<Area> areas;
    private OccupationProfile profile;
    private List<OccupationProfile> others = List.of();
    private AreaComparison comparison;

    public void load() {
        try {
            areas = lmi.areas();
            if (participantId != null) {
                participant = participants.find(participantId);
                if (areaId == null) {
                    areaId = lmi.areaForParticipant(participantId).id();
                }
            }
            if (areaId == null) {
                areaId = lmi.areaForCaller().map(Area::id).orElse(null);
            }
            refresh();
        } catch (RuntimeException e) {
            Pages.loadFailed(e);
        }
    }

    /**
     * Suggestions for the search box, saying what matched when it is not the title: "31-1131
     * Nursing Assistants (abbreviation CNA)".
     */
    public List<String> complete(String text) {
        return lmi.search(text, 15).stream()
                .map(OccupationProfileView::suggestion)
                .toList();
    }

    private static String suggestion(OccupationMatch match) {
        String title = match.soc() + " " + match.title();
        if (match.matchedBy() == null
                || match.matchedBy() == OccupationMatch.MatchedBy.TITLE
                || (match.matched() == null && match.matchedBy() != OccupationMatch.MatchedBy.DESCRIPTION)) {
            return title;
        }
        return title + " (" + Pages.text("lmi.matchedBy." + match.matchedBy(), match.matched()) + ")";
    }

    /** The occupation picked in the search box. */
    public void choose() {
        String picked = firstToken(query);
        if (picked == null) {
            return;
        }
        soc = picked;
        compared.remove(soc);
        refresh();
    }

    /**
     * The occupation picked in the compare box joins the side-by-side table, if it is known, not
     * the one on screen, not there already, and there is room; otherwise the page says why.
     */
    public void addCompared() {
        String text = compareQuery;
        compareQuery = null;
        String picked = firstToken(text);
        if (picked == null || profile == null) {
            return;
        }
        if (picked.equals(profile.soc())) {
            Pages.error(Pages.text("lmi.compare.isOnScreen", profile.title()));
        } else if (compared.contains(picked)) {
            Pages.error(Pages.text("lmi.compare.already"));
        } else if (compared.size() >= MAX_COMPARED) {
            Pages.error(Pages.text("lmi.compare.full", MAX_COMPARED));
        } else {
            try {
                lmi.profile(picked, areaId); // an unknown code is refused here, never carried to the LMI section
                compared.add(picked);
            } catch (RuntimeException e) {
                Pages.show(e, "lmi");
                return;
            }
            refresh();
        }
    }

    public void removeCompared(String code) {
        compared.remove(code);
        refresh();
    }

    public void changeArea() {
        refresh();
    }

    private void refresh() {
        profile = null;
        others = List.of();
        comparison = null;
        if (soc == null || areaId == null) {
            return;
        }
        try {
            profile = lmi.profile(soc, areaId);
            comparison = lmi.comparison(soc);
            query = suggestion(new OccupationMatch(profile.soc(), profile.title(), null));
            List<OccupationProfile> found = new ArrayList<>();
            for (String code : compared) {
                found.add(lmi.profile(code, areaId));
            }
            others = found;
        } catch (RuntimeException e) {
            Pages.show(e, "lmi");
        }
    }

    /** "31-9091 Dental Assistants" gives "31-9091"; free text searches and takes the best match. */
    private String firstToken(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String first = text.strip().split("\\s+")[0];
        if (first.matches("\\d{2}-\\d{4}")) {
            return first;
        }
        List<OccupationMatch> matches = lmi.search(text, 1);
        if (matches.isEmpty()) {
            Pages.error(Pages.text("lmi.noMatch", text.strip()));
            return null;
        }
        return matches.get(0).soc();
    }

    public String getWageChart() {
        return comparison == null ? null : LmiCharts.wagesByArea(comparison);
    }

    public String getOpeningsChart() {
        return comparison == null ? null : LmiCharts.openingsByLwa(comparison);
    }

    /** The side-by-side table: the occupation on screen first, then those compared with it. */
    public List<OccupationProfile> getSideBySide() {
        if (profile == null) {
            return List.of();
        }
        List<OccupationProfile> all = new ArrayList<>();
        all.add(profile);
        all.addAll(others);
        return all;
    }

    public String getSideBySideChart() {
        return others.isEmpty() ? null : LmiCharts.sideBySide(getSideBySide());
    }

    /** The printable report's address, with what is on the page. */
    public String getReportUrl() {
        if (profile == null) {
            return null;
        }
        StringBuilder url = new StringBuilder("lmi/report.pdf?soc=")
                .append(profile.soc())
                .append("&area=")
                .append(java.net.URLEncoder.encode(areaId, StandardCharsets.UTF_8));
        if (participantId != null) {
            url.append("&participant=").append(participantId);
        }
        if (!compared.isEmpty()) {
            url.append("&compare=").append(String.join(",", compared));
        }
        return url.toString();
    }

    /** The occupations for the plan's LMI section: this one first, then those compared. */
    public String getReviewSocs() {
        List<String> all = new ArrayList<>();
        if (profile != null) {
            all.add(profile.soc());
        }
        all.addAll(compared);
        return all.stream().collect(Collectors.joining(","));
    }

    public String getInDemandRule() {
        return Pages.text(InDemand.rule());
    }

    public String getAttribution() {
        return OccupationProfile.ONET_ATTRIBUTION;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public ParticipantView getParticipant() {
        return participant;
    }

    public String getSoc() {
        return soc;
    }

    public void setSoc(String soc) {
        this.soc = soc;
    }

    public String getAreaId() {
        return areaId;
    }

    public void setAreaId(String areaId) {
        this.areaId = areaId;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCompareQuery() {
        return compareQuery;
    }

    public void setCompareQuery(String compareQuery) {
        this.compareQuery = compareQuery;
    }

    public List<Area> getAreas() {
        return areas;
    }

    public OccupationProfile getProfile() {
        return profile;
    }

    public List<OccupationProfile> getOthers() {
        return others;
    }

    public boolean isMayCompareMore() {
        return compared.size() < MAX_COMPARED;
    }
}
