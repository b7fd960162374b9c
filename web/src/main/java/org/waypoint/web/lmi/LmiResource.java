package org.waypoint.web.lmi;

import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.waypoint.persistence.lmi.LmiDataset;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.lmi.Area;
import org.waypoint.service.lmi.ImportSummary;
import org.waypoint.service.lmi.LmiImportService;
import org.waypoint.service.lmi.LmiService;
import org.waypoint.service.lmi.OccupationMatch;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.service.lmi.Projection;
import org.waypoint.service.lmi.Wages;
import org.waypoint.web.common.ContentDisposition;
import org.waypoint.web.common.JsonBuilders;

/**
 * Customized labour-market information: areas (by ZIP code), occupation search, an occupation's
 * profile in an area, and the imports of the published files. A figure the source suppressed is
 * JSON null, never 0.
 */
@Path("lmi")
@Produces(MediaType.APPLICATION_JSON)
public class LmiResource {

    @EJB
    private LmiService lmi;

    @EJB
    private LmiImportService imports;

    @jakarta.inject.Inject
    private ProfileJsonCache written;

    /** {@code ?zip=40507}: the areas for a ZIP code, nearest first; without it, every area. */
    @GET
    @Path("areas")
    public List<Area> areas(@QueryParam("zip") String zip) {
        return zip == null ? lmi.areas() : lmi.areasForZip(zip);
    }

    @GET
    @Path("occupations")
    public List<OccupationMatch> search(@QueryParam("q") String query, @QueryParam("max") @DefaultValue("20") int max) {
        if (query == null || query.isBlank()) {
            throw InvalidInputException.of("q", "Give a title, keyword, abbreviation or SOC code to search for.");
        }
        return lmi.search(query, max);
    }

    /**
     * The profile in {@code ?area=}; its {@code coverage} says which figures exist there, seen from
     * the state of {@code participant}, else of {@code state} (two letters), else the caller's.
     */
    @GET
    @Path("occupations/{soc}")
    public Response profile(
            @PathParam("soc") String soc,
            @QueryParam("area") String area,
            @QueryParam("participant") Long participant,
            @QueryParam("state") String state) {
        if (area == null || area.isBlank()) {
            throw InvalidInputException.of("area", "Give the area id, e.g. KY-bluegrass (see /lmi/areas).");
        }
        byte[] body = written.json(lmi.profile(soc, area.strip(), participant, state), LmiResource::json);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * The printable report: {@code ?area=}, optional {@code participant}, {@code compare}
     * (comma-separated) and {@code lang} (en or es; default the participant's preferred language).
     */
    @GET
    @Path("occupations/{soc}/report")
    @Produces("application/pdf")
    public Response report(
            @PathParam("soc") String soc,
            @QueryParam("area") String area,
            @QueryParam("participant") Long participant,
            @QueryParam("compare") String compare,
            @QueryParam("lang") String lang) {
        DocumentLanguage language = DocumentLanguage.fromParameter(lang);
        if (area == null || area.isBlank()) {
            throw InvalidInputException.of("area", "Give the area id, e.g. KY-bluegrass (see /lmi/areas).");
        }
        byte[] pdf = lmi.report(
                soc,
                area.strip(),
                participant,
                compare == null ? List.of() : java.util.Arrays.asList(compare.split(",")),
                language);
        return Response.ok(pdf, "application/pdf")
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline("lmi-" + soc.replaceAll("[^0-9-]", "") + ".pdf"))
                .build();
    }

    /**
     * Imports a published file sent as the request body, all or nothing: {@code kind} (see
     * LmiDatasetKind), {@code fileName}, and for O*NET files, which do not say their release,
     * {@code vintage}. A refused file answers 400 with the row errors; a file over 50 MB 413; a
     * file with under 80% of the rows of the data in use 409 with both counts ({@code rows},
     * {@code currentRows}) until it is sent again with {@code confirm=true}.
     */
    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response importFile(
            byte[] content,
            @QueryParam("kind") String kind,
            @QueryParam("fileName") String fileName,
            @QueryParam("vintage") String vintage,
            @QueryParam("confirm") String confirm) {
        ImportSummary summary = imports.importFile(kind(kind), fileName, content, vintage, confirmed(confirm));
        return Response.status(201).entity(summary).build();
    }

    @GET
    @Path("imports")
    public List<JsonObject> history() {
        return imports.history().stream().map(LmiResource::json).toList();
    }

    private static boolean confirmed(String confirm) {
        if (confirm == null || confirm.isBlank() || "false".equalsIgnoreCase(confirm.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(confirm.strip())) {
            return true;
        }
        throw InvalidInputException.of("confirm", "Say true or false.");
    }

    private static LmiDatasetKind kind(String kind) {
        try {
            return kind == null ? null : LmiDatasetKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "kind",
                    "\"" + kind + "\" is not a kind of file Waypoint imports; use one of "
                            + java.util.Arrays.toString(LmiDatasetKind.values()) + ".");
        }
    }

    static JsonObject json(OccupationProfile p) {
        Wages w = p.wages();
        Projection pr = p.projection();
        JsonObjectBuilder body = JsonBuilders.object().add("soc", p.soc()).add("title", p.title());
        text(body, "onetSocCode", p.onetSocCode());
        text(body, "description", p.description());
        body.add(
                "area",
                JsonBuilders.object()
                        .add("id", p.area().id())
                        .add("name", p.area().name())
                        .add("type", p.area().type().name()));
        body.add(
                "vintage",
                String.join(
                        "; ",
                        p.sources().stream()
                                .filter(s -> !s.label().startsWith("Description")
                                        && !s.label().startsWith("Related")
                                        && !s.label().startsWith("Required")
                                        && !OccupationProfile.ONET_WORK_SOURCES.contains(s.label()))
                                .map(s -> s.vintage())
                                .distinct()
                                .toList()));
        number(body, "baseEmployment", pr == null ? null : pr.baseEmployment());
        number(body, "projectedEmployment", pr == null ? null : pr.projectedEmployment());
        number(body, "change", pr == null ? null : pr.change());
        decimal(body, "percentChange", pr == null ? null : pr.percentChange());
        number(body, "annualOpenings", pr == null ? null : pr.annualOpenings());
        number(body, "exits", pr == null ? null : pr.annualExits());
        number(body, "transfers", pr == null ? null : pr.annualTransfers());
        number(body, "meanAnnualWage", w == null ? null : w.mean());
        number(body, "medianAnnualWage", w == null ? null : w.median());
        decimal(body, "medianHourlyWage", w == null ? null : w.medianHourly());
        number(body, "entryAnnualWage", w == null ? null : w.entry());
        number(body, "experiencedAnnualWage", w == null ? null : w.experienced());
        text(body, "typicalEducation", p.typicalEducation());
        text(body, "workExperience", p.workExperience());
        text(body, "onTheJobTraining", p.onTheJobTraining());
        body.add("inDemand", p.inDemand().inDemand());
        body.add("inDemandExplanation", p.inDemand().explanation());
        JsonArrayBuilder related = JsonBuilders.array();
        p.related().forEach(r -> {
            JsonObjectBuilder item = JsonBuilders.object().add("soc", r.soc()).add("title", r.title());
            number(item, "medianAnnualWage", r.medianAnnualWage());
            number(item, "annualOpenings", r.annualOpenings());
            related.add(item);
        });
        body.add("related", related);
        body.add("lmiComment", p.lmiComment());
        JsonArrayBuilder sources = JsonBuilders.array();
        p.sources()
                .forEach(s -> sources.add(JsonBuilders.object()
                        .add("label", s.label())
                        .add("vintage", s.vintage())
                        .add("importedOn", s.importedOn() == null ? "" : s.importedOn())));
        body.add("sources", sources);
        OnetDetailsJson.addTo(body, p);
        body.add("attribution", OccupationProfile.ONET_ATTRIBUTION);
        return body.build();
    }

    private static JsonObject json(LmiDataset d) {
        JsonObjectBuilder body = JsonBuilders.object()
                .add("id", d.getId())
                .add("kind", d.getKind().name())
                .add("scope", d.getScope())
                .add("vintage", d.getVintage())
                .add("fileName", d.getFileName())
                .add("sha256", d.getSha256())
                .add("rows", d.getRowCount())
                .add("importedBy", d.getImportedBy())
                .add("importedAt", d.getImportedAt().toString())
                .add("current", d.isCurrentData());
        text(
                body,
                "supersededAt",
                d.getSupersededAt() == null ? null : d.getSupersededAt().toString());
        return body.build();
    }

    private static void number(JsonObjectBuilder body, String name, Integer value) {
        if (value == null) {
            body.addNull(name);
        } else {
            body.add(name, value);
        }
    }

    private static void decimal(JsonObjectBuilder body, String name, BigDecimal value) {
        if (value == null) {
            body.addNull(name);
        } else {
            body.add(name, value);
        }
    }

    private static void text(JsonObjectBuilder body, String name, String value) {
        if (value == null) {
            body.addNull(name);
        } else {
            body.add(name, value);
        }
    }
}
