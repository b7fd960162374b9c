package org.waypoint.service.lmi;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.service.common.Sha256;
import org.waypoint.service.lmi.LmiStore.DatasetRow;
import org.waypoint.service.lmi.imports.OnetRelease;

/**
 * Imports the LMI files shipped with Waypoint (org/waypoint/lmi/data, see SOURCES.md there) at
 * start, so that a new installation shows Kentucky's projections, national wages and O*NET at once,
 * and an upgraded one moves to the files shipped now (O*NET 27.0 to 29.2): a kind is imported when
 * the database has no data of it, or when its current data was imported by this loader from another
 * file than the one shipped now. A dataset an administrator imported is never replaced; a start
 * that finds every shipped file in place imports nothing.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("ReferenceDataLoader")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LmiStartupLoader {

    static final String IMPORTER = "waypoint (first start)";
    private static final Logger LOG = Logger.getLogger(LmiStartupLoader.class.getName());

    /** The shipped file of each kind, in import order. */
    static final Map<LmiDatasetKind, String> SHIPPED;

    static {
        Map<LmiDatasetKind, String> shipped = new EnumMap<>(LmiDatasetKind.class);
        shipped.put(LmiDatasetKind.OCCUPATIONAL_OUTLOOK, "occupational-outlook-2022-2032.xlsx");
        shipped.put(LmiDatasetKind.OEWS_WAGES, "oews-national-m2024.xlsx");
        shipped.put(LmiDatasetKind.ONET_OCCUPATIONS, "onet-29.2-occupation-data.txt");
        shipped.put(LmiDatasetKind.ONET_RELATED_OCCUPATIONS, "onet-29.2-related-occupations.txt");
        shipped.put(LmiDatasetKind.ONET_EDUCATION, "onet-29.2-education-training-experience.txt");
        shipped.put(LmiDatasetKind.ONET_JOB_ZONES, "onet-29.2-job-zones.txt");
        shipped.put(LmiDatasetKind.ONET_INTERESTS, "onet-29.2-interests.txt");
        shipped.put(LmiDatasetKind.ONET_ALTERNATE_TITLES, "onet-29.2-alternate-titles.txt");
        shipped.put(LmiDatasetKind.ONET_REPORTED_TITLES, "onet-29.2-reported-titles.txt");
        shipped.put(LmiDatasetKind.ONET_TOOLS, "onet-29.2-tools-used.txt");
        shipped.put(LmiDatasetKind.ONET_TECHNOLOGY_SKILLS, "onet-29.2-technology-skills.txt");
        shipped.put(LmiDatasetKind.ONET_TASKS, "onet-29.2-task-statements.txt");
        SHIPPED = Collections.unmodifiableMap(shipped);
    }

    @EJB
    private LmiImporter importer;

    @EJB
    private LmiCatalog catalog;

    @PostConstruct
    void load() {
        LmiData data = catalog.reload().data();
        long start = System.nanoTime();
        Map<LmiDatasetKind, String> files = toImport(data);
        files.forEach((kind, file) ->
                importer.run(kind, file, shipped(file), vintage(kind), IMPORTER, true, ImportProgress.NONE));
        int imported = files.size();
        if (imported > 0) {
            catalog.reload();
            int count = imported;
            LOG.info(() ->
                    "Imported " + count + " shipped LMI files in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    /** The shipped files this start imports, by kind, in import order (see {@link #needsImport}). */
    static Map<LmiDatasetKind, String> toImport(LmiData data) {
        Map<LmiDatasetKind, String> files = new LinkedHashMap<>();
        SHIPPED.forEach((kind, file) -> {
            if (needsImport(data.current(kind), Sha256.hex(shipped(file)))) {
                files.put(kind, file);
            }
        });
        return files;
    }

    /**
     * Whether the shipped file of a kind is to be imported: nothing of the kind yet, or the current
     * data is a shipped file this loader imported that differs from the one shipped now. An
     * administrator's import stays, whatever it is.
     *
     * @param current the current dataset of the kind
     * @param shippedSha256 the SHA-256 of the file shipped now
     */
    static boolean needsImport(Optional<DatasetRow> current, String shippedSha256) {
        return current.map(dataset ->
                        IMPORTER.equals(dataset.importedBy()) && !shippedSha256.equalsIgnoreCase(dataset.sha256()))
                .orElse(true);
    }

    /** O*NET's files do not name their release: the shipped one is 29.2. The others state theirs. */
    static String vintage(LmiDatasetKind kind) {
        return kind.name().startsWith("ONET_") ? OnetRelease.SHIPPED : null;
    }

    static byte[] shipped(String file) {
        try (InputStream in = LmiStartupLoader.class.getResourceAsStream("/org/waypoint/lmi/data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The shipped LMI file " + file + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
