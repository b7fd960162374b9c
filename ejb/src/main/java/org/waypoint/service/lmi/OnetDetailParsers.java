package org.waypoint.service.lmi;

import java.io.InputStream;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.service.lmi.imports.OnetAlternateTitleParser;
import org.waypoint.service.lmi.imports.OnetInterestsParser;
import org.waypoint.service.lmi.imports.OnetJobZoneParser;
import org.waypoint.service.lmi.imports.OnetRelease;
import org.waypoint.service.lmi.imports.OnetReportedTitleParser;
import org.waypoint.service.lmi.imports.OnetTaskParser;
import org.waypoint.service.lmi.imports.OnetTechnologySkillParser;
import org.waypoint.service.lmi.imports.OnetToolParser;
import org.waypoint.service.lmi.imports.ParseResult;

/**
 * The parser of each O*NET kind added with 29.2, for {@link LmiImport}: one place that knows which
 * file layout a kind is, so that the import itself stays one switch over the older kinds.
 */
final class OnetDetailParsers {

    private OnetDetailParsers() {}

    /**
     * @param vintage the release the administrator named; null for the shipped release
     */
    static ParseResult<?> parse(LmiDatasetKind kind, InputStream in, String vintage) {
        String release = vintage == null ? OnetRelease.SHIPPED : vintage;
        return switch (kind) {
            case ONET_JOB_ZONES -> new OnetJobZoneParser().parse(in, release);
            case ONET_INTERESTS -> new OnetInterestsParser().parse(in, release);
            case ONET_ALTERNATE_TITLES -> new OnetAlternateTitleParser().parse(in, release);
            case ONET_REPORTED_TITLES -> new OnetReportedTitleParser().parse(in, release);
            case ONET_TOOLS -> new OnetToolParser().parse(in, release);
            case ONET_TECHNOLOGY_SKILLS -> new OnetTechnologySkillParser().parse(in, release);
            case ONET_TASKS -> new OnetTaskParser().parse(in, release);
            default -> throw new IllegalArgumentException(kind + " is not one of the O*NET 29.2 detail files");
        };
    }
}
