package org.waypoint.web.wages;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.wages.WageColumnMapping;
import org.waypoint.service.wages.WageImportService;
import org.waypoint.service.wages.WageImportView;

/**
 * The state's UI wage file imports. {@code POST imports} takes the file either as the request body
 * (text/csv or application/octet-stream, the fields below as query parameters) or as
 * multipart/form-data (a {@code file} part and the fields as form fields): {@code stateCode},
 * {@code fileName}, and optionally the column mapping of {@link WageColumnMapping} ({@code
 * hasHeader}, {@code ssnColumn}, {@code yearColumn}, {@code quarterColumn}, {@code feinColumn},
 * {@code wagesColumn}). All or nothing: a refused file answers 400 with its row errors. {@code GET
 * imports} lists the imports, newest first ({@code ?stateCode=} for one state).
 */
@Path("wage-records/imports")
@Produces(MediaType.APPLICATION_JSON)
public class WageImportResource {

    @EJB
    private WageImportService imports;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public Response importBody(
            InputStream content,
            @QueryParam("stateCode") String stateCode,
            @QueryParam("fileName") String fileName,
            @QueryParam("hasHeader") String hasHeader,
            @QueryParam("ssnColumn") String ssn,
            @QueryParam("yearColumn") String year,
            @QueryParam("quarterColumn") String quarter,
            @QueryParam("feinColumn") String fein,
            @QueryParam("wagesColumn") String wages) {
        WageImportView view = imports.importFile(
                stateCode, fileName, content, new WageColumnMapping(flag(hasHeader), ssn, year, quarter, fein, wages));
        return Response.status(201).entity(view).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importForm(
            @FormParam("file") EntityPart file,
            @FormParam("stateCode") String stateCode,
            @FormParam("fileName") String fileName,
            @FormParam("hasHeader") String hasHeader,
            @FormParam("ssnColumn") String ssn,
            @FormParam("yearColumn") String year,
            @FormParam("quarterColumn") String quarter,
            @FormParam("feinColumn") String fein,
            @FormParam("wagesColumn") String wages)
            throws IOException {
        if (file == null) {
            throw InvalidInputException.of("file", "Send the wage file as the form's \"file\" part.");
        }
        String name = fileName != null && !fileName.isBlank()
                ? fileName
                : file.getFileName().orElse(null);
        try (InputStream content = file.getContent()) {
            WageImportView view = imports.importFile(
                    stateCode, name, content, new WageColumnMapping(flag(hasHeader), ssn, year, quarter, fein, wages));
            return Response.status(201).entity(view).build();
        }
    }

    @GET
    public List<WageImportView> history(@QueryParam("stateCode") String stateCode) {
        return imports.history(stateCode);
    }

    /** "true"/"false"; empty means the default (a header row). */
    private static Boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw InvalidInputException.of("hasHeader", "Say true or false.");
        };
    }
}
