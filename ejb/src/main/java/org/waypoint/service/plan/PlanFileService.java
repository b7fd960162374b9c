package org.waypoint.service.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.plan.PlanDocument;
import org.waypoint.persistence.plan.PlanVersion;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Sha256;
import org.waypoint.service.common.Text;
import org.waypoint.service.common.upload.UploadLimit;
import org.waypoint.service.common.upload.UploadedContent;
import org.waypoint.service.common.upload.UploadedContent.DocumentType;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The files of a plan's case file: the signed original of each signed version (filed in the
 * signing transaction), a print of a draft, and the copy of another program's strategy a youth ISS
 * reuses. A filed document is stored once and never changed.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class PlanFileService {

    private static final String PDF = "application/pdf";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private PlanPrinter printer;

    /** Files the signed original of a version just signed, in the caller's (the signing) transaction. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public void fileSignedOriginal(
            Plan plan, PlanVersion version, boolean copyOffered, StaffPrincipal caller, Instant now) {
        byte[] pdf = printer.print(plan, version);
        em.persist(new PlanDocument(
                plan,
                version.getNumber(),
                PlanDocument.SIGNED_PLAN,
                fileName(plan, version),
                PDF,
                pdf,
                sha256(pdf),
                copyOffered,
                caller.username(),
                now));
        em.flush();
    }

    /**
     * The PDF of a version: for a signed version the original filed when it was signed, for a
     * draft a print of it as it stands, marked as a draft.
     */
    public PlanFile pdf(long planId, int number) {
        return pdf(planId, number, null);
    }

    /**
     * The PDF of a version in {@code language}, or in the participant's preferred language when null.
     * The signed original was filed in the participant's preferred language; asked for the other
     * language, a signed version is printed again as signed, in that language (not the original).
     */
    public PlanFile pdf(long planId, int number, DocumentLanguage language) {
        Plan plan = plan(planId);
        callers.requireRead(plan.getLwda().getId());
        PlanVersion version = versionOf(plan, number);
        DocumentLanguage preferred =
                DocumentLanguage.forPreferredLanguage(plan.getParticipant().getPreferredLanguage());
        if (version.isSigned() && (language == null || language == preferred)) {
            Optional<PlanDocument> original = em.createNamedQuery(PlanDocument.FIND, PlanDocument.class)
                    .setParameter("planId", planId)
                    .setParameter("kind", PlanDocument.SIGNED_PLAN)
                    .getResultStream()
                    .filter(d -> d.getVersionNumber() != null && d.getVersionNumber() == number)
                    .findFirst();
            if (original.isPresent()) {
                PlanDocument d = original.get();
                return new PlanFile(d.getFileName(), d.getMediaType(), d.getContent(), d.getSha256(), true);
            }
        }
        byte[] pdf = printer.print(plan, version, language);
        return new PlanFile(fileName(plan, version), PDF, pdf, sha256(pdf), false);
    }

    private static final Set<DocumentType> ATTACHMENT_TYPES =
            Set.of(DocumentType.PDF, DocumentType.PNG, DocumentType.JPEG);

    /**
     * Files the copy of a recent service strategy from another program with a youth ISS (681.420):
     * the plan's reuse section then points to it. Stored once and never changed. The content must
     * be a readable PDF, PNG or JPEG, whatever the client declared (see {@link UploadedContent}).
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public PlanAttachment attach(long planId, String fileName, String mediaType, byte[] content) {
        Plan plan = plan(planId);
        StaffPrincipal caller = callers.requireWrite(plan.getLwda().getId());
        if (!PlanKind.ISS.name().equals(plan.getKind())) {
            throw InvalidInputException.of("file", Text.of("plan.file.onlyIss"));
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", Text.of("plan.file.empty"));
        }
        UploadLimit.PLAN_COPY.check(content.length);
        String type = UploadedContent.requireDocument("file", content, mediaType, fileName, ATTACHMENT_TYPES)
                .mediaType();
        String name = fileName == null || fileName.isBlank()
                ? "recent-strategy"
                : fileName.replaceAll("[\\\\/\"\\r\\n]", "_").strip();
        PlanDocument document = new PlanDocument(
                plan,
                null,
                PlanDocument.REUSED_STRATEGY,
                name.length() > 255 ? name.substring(0, 255) : name,
                type,
                content,
                sha256(content),
                false,
                caller.username(),
                Instant.now());
        em.persist(document);
        em.flush();
        return new PlanAttachment(document.getId(), document.getFileName(), type, content.length);
    }

    /** A document filed with the plan (the signed originals and attached copies). */
    public PlanFile document(long planId, long documentId) {
        Plan plan = plan(planId);
        callers.requireRead(plan.getLwda().getId());
        PlanDocument d = em.find(PlanDocument.class, documentId);
        if (d == null || !d.getPlan().getId().equals(plan.getId())) {
            throw new NotFoundException(Text.of("plan.noDocument", documentId));
        }
        return new PlanFile(d.getFileName(), d.getMediaType(), d.getContent(), d.getSha256(), true);
    }

    private static String fileName(Plan plan, PlanVersion version) {
        return plan.getKind() + "-" + plan.getParticipant().getParticipantNumber() + "-v" + version.getNumber()
                + (version.isSigned() ? "-signed" : "-draft") + ".pdf";
    }

    private static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    private Plan plan(long id) {
        return NotFoundException.unlessNull(em.find(Plan.class, id), Text.of("plan.noPlan", id));
    }

    private PlanVersion versionOf(Plan plan, int number) {
        return em.createNamedQuery(PlanVersion.FIND_BY_PLAN, PlanVersion.class)
                .setParameter("planId", plan.getId())
                .getResultStream()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("plan.noVersion", number)));
    }
}
