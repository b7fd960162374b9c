package org.waypoint.service.plan.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.documents.DocumentText;
import org.waypoint.service.lmi.LmiReviewView;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanKind;

/**
 * Everything the printed plan shows, gathered by the caller inside its transaction: the version's
 * document as stored, who it is for, its LMI section with the figures as saved, the signatures that
 * froze it and the reviews since. The writer reads nothing else, so the same input always prints the
 * same plan.
 *
 * @param stateCode e.g. "KY"
 * @param statePolicy the policy the plan follows, as a monitor cites it, e.g. "Kentucky guidance 24-003"
 * @param versionStatus e.g. "Signed 11/23/2026" or "Draft — not signed", in the plan's language
 * @param lmi the LMI section the plan links ({@link PlanContent#lmiReviewId()}); null when none
 * @param signatures in the order to print them (participant first); empty for a draft
 * @param reviews oldest first; may be empty
 * @param zone the time zone the signing times print in (the LWDA's)
 * @param goalDemand the boards' official in-demand label of the goal as the plan was printed (WIOA
 *     sec. 3(23)); null when not looked up
 * @param language the language labels, headings and element names print in (the participant's
 *     preferred language unless staff chose the other); what staff typed prints as typed
 */
public record PlanPdf(
        PlanKind kind,
        String stateCode,
        String statePolicy,
        String participantName,
        String participantNumber,
        String lwdaName,
        String caseManagerName,
        long planId,
        int versionNumber,
        String versionStatus,
        PlanContent content,
        LmiReviewView lmi,
        List<Signature> signatures,
        List<Review> reviews,
        Instant generatedAt,
        ZoneId zone,
        String goalDemand,
        DocumentLanguage language) {

    public PlanPdf {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
        language = language == null ? DocumentLanguage.ENGLISH : language;
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** "Individual Employment Plan" or "Individual Service Strategy", in the plan's language. */
    public String title() {
        return words().get(kind == PlanKind.IEP ? "plan.title.IEP" : "plan.title.ISS");
    }

    /** The document's texts in the language it prints in. */
    public DocumentText words() {
        return DocumentText.of(language);
    }

    /**
     * A signature as recorded.
     *
     * @param consent the signer agreed to sign electronically (required for a typed name)
     * @param recordedBy the staff member's user name who recorded it
     * @param drawing the signature pad's drawing as a PNG data URL ("data:image/png;base64,..."); null
     *     for a typed signature
     */
    public record Signature(
            Role role,
            String name,
            Method method,
            boolean consent,
            Instant signedAt,
            String recordedBy,
            String drawing) {

        /** Who signed: the plan is developed jointly, and Georgia 3.3.1 wants both signatures. */
        public enum Role {
            PARTICIPANT,
            STAFF;

            /** The key of its label in the documents bundle. */
            public String key() {
                return "signature.role." + name();
            }
        }

        public enum Method {
            DRAWN,
            TYPED;

            /** The key of its label in the documents bundle. */
            public String key() {
                return "signature.method." + name();
            }
        }
    }

    /** A review of the plan in force: the progress on the objectives and the changes made. */
    public record Review(LocalDate reviewedOn, String reviewer, String progress, String changes) {}
}
