package org.waypoint.service.plan;

import java.time.Instant;
import java.util.Map;
import org.waypoint.persistence.plan.PlanSignature;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The two signatures of a plan version: each names its signer and is either drawn on the signature
 * pad (a PNG image) or typed with the signer's consent to sign electronically.
 */
final class PlanSignatures {

    /** plan_signature.signer_name (V8). */
    static final int SIGNER_NAME_LENGTH = 200;

    private PlanSignatures() {}

    static void check(Map<String, Text> errors, String field, SignatureInput signature) {
        if (signature == null || signature.name() == null || signature.name().isBlank()) {
            errors.put(field, Text.of("plan.signature.name"));
        } else if (signature.name().strip().length() > SIGNER_NAME_LENGTH) {
            errors.put(field, Text.of("plan.signature.nameLength", SIGNER_NAME_LENGTH));
        } else if ((signature.drawing() == null || signature.drawing().isBlank())
                && !Boolean.TRUE.equals(signature.consent())) {
            errors.put(field, Text.of("plan.signature.missing"));
        } else if (signature.drawing() != null && !signature.drawing().isBlank() && !isPng(signature.drawing())) {
            errors.put(field, Text.of("plan.signature.png"));
        }
    }

    private static final String PNG_DATA_URL = "data:image/png;base64,";

    /** A PNG data URL whose bytes decode and start with the PNG signature. */
    static boolean isPng(String drawing) {
        if (!drawing.startsWith(PNG_DATA_URL) || drawing.length() > 150_000) {
            return false;
        }
        try {
            byte[] png = java.util.Base64.getDecoder().decode(drawing.substring(PNG_DATA_URL.length()));
            return png.length > 8 && (png[0] & 0xff) == 0x89 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G';
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static PlanSignature signature(String role, SignatureInput input, Instant now, StaffPrincipal caller) {
        boolean drawn = input.drawing() != null && !input.drawing().isBlank();
        return new PlanSignature(
                role,
                input.name().strip(),
                drawn ? "DRAWN" : "TYPED",
                drawn ? input.drawing() : null,
                Boolean.TRUE.equals(input.consent()),
                now,
                caller.username());
    }
}
