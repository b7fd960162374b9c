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
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import org.waypoint.persistence.lmi.LmiDatasetKind;

/**
 * On the first start, imports the LMI files shipped with Waypoint (org/waypoint/lmi/data, see
 * SOURCES.md there) for every kind the database has no data of yet, so that a new installation
 * shows Kentucky's projections, national wages and O*NET at once. Later starts find the data and
 * import nothing; an administrator's newer imports are never replaced.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("ReferenceDataLoader")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LmiStartupLoader {

    static final String IMPORTER = "waypoint (first start)";
    private static final Logger LOG = Logger.getLogger(LmiStartupLoader.class.getName());
    private static final Map<LmiDatasetKind, String> SHIPPED = new EnumMap<>(LmiDatasetKind.class);

    static {
        SHIPPED.put(LmiDatasetKind.OCCUPATIONAL_OUTLOOK, "occupational-outlook-2022-2032.xlsx");
        SHIPPED.put(LmiDatasetKind.OEWS_WAGES, "oews-national-m2024.xlsx");
        SHIPPED.put(LmiDatasetKind.ONET_OCCUPATIONS, "onet-occupation-data.txt");
        SHIPPED.put(LmiDatasetKind.ONET_RELATED_OCCUPATIONS, "onet-related-occupations.csv");
        SHIPPED.put(LmiDatasetKind.ONET_EDUCATION, "onet-education-training-experience.xlsx");
    }

    @EJB
    private LmiImporter importer;

    @EJB
    private LmiCatalog catalog;

    @PostConstruct
    void load() {
        LmiData data = catalog.reload().data();
        long start = System.nanoTime();
        int imported = 0;
        for (Map.Entry<LmiDatasetKind, String> file : SHIPPED.entrySet()) {
            if (data.current(file.getKey()).isEmpty()) {
                importer.run(
                        file.getKey(),
                        file.getValue(),
                        shipped(file.getValue()),
                        null,
                        IMPORTER,
                        true,
                        ImportProgress.NONE);
                imported++;
            }
        }
        if (imported > 0) {
            catalog.reload();
            int count = imported;
            LOG.info(() ->
                    "Imported " + count + " shipped LMI files in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
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
