package org.waypoint.web.lmi;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.waypoint.service.lmi.OccupationProfile;
import org.waypoint.web.common.JsonBuilders;

/**
 * The profile API's answers, written once: a profile with its coverage is the same instance for as
 * long as the LMI data is (see {@code OccupationProfiles.seenFrom}), and writing its JSON (up to 16 KB
 * with the O*NET details of every specialty) was a quarter of a request's time under load (issue 20).
 * Keyed by that instance, so that new data (a new instance) is never answered from an old entry;
 * bounded, and emptied when full, since the entries of replaced data are never asked for again.
 */
@ApplicationScoped
public class ProfileJsonCache {

    /** About 4,000 × 2-16 KB at most: tens of megabytes in the worst case, a few in practice. */
    static final int MAX_ENTRIES = 4_000;

    /** The profile itself, compared by identity: records compare every figure and list otherwise. */
    private record Key(OccupationProfile profile) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.profile == profile;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(profile);
        }
    }

    private final Map<Key, byte[]> written = new ConcurrentHashMap<>();

    /** The JSON of {@code profile} as {@code json} writes it, in UTF-8. */
    public byte[] json(OccupationProfile profile, Function<OccupationProfile, jakarta.json.JsonObject> json) {
        Key key = new Key(profile);
        byte[] bytes = written.get(key);
        if (bytes == null) {
            if (written.size() >= MAX_ENTRIES) {
                written.clear();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            try (jakarta.json.JsonWriter writer = JsonBuilders.writer(out)) {
                writer.writeObject(json.apply(profile));
            }
            bytes = out.toByteArray();
            written.put(key, bytes);
        }
        return bytes;
    }
}
