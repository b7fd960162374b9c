package org.waypoint.service.plan.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.waypoint.service.documents.DocumentLanguage;
import org.waypoint.service.lmi.LmiReviewView;
import org.waypoint.service.plan.ObjectiveStatus;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanContent.EmploymentGoal;
import org.waypoint.service.plan.PlanContent.NeedForTraining;
import org.waypoint.service.plan.PlanContent.Objective;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanContent.Term;
import org.waypoint.service.plan.PlanContent.TrainingNeeds;
import org.waypoint.service.plan.PlanContent.TrainingPlan;
import org.waypoint.service.plan.PlanContent.YouthStrategy;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.ServiceType;
import org.waypoint.service.plan.pdf.PlanPdf.Review;
import org.waypoint.service.plan.pdf.PlanPdf.Signature;

/**
 * Plans to print: a Kentucky IEP with every element (training included), its LMI section with the
 * Bluegrass figures of the LMI report's fixtures, signed by typing; the same plan as a youth ISS; an
 * empty draft; and a signature drawn on the pad, as a real PNG data URL.
 */
final class PlanPdfFixtures {

    static final ZoneId EASTERN = ZoneId.of("America/New_York");
    /** 10:15 AM in Lexington. */
    static final Instant SIGNED_AT = Instant.parse("2026-11-23T15:15:00Z");

    static final Instant PRINTED_AT = Instant.parse("2026-11-24T14:00:00Z");
    static final String KYSTATS = "KYSTATS Occupational Outlook 2022-2032";
    static final String OEWS = "BLS OEWS May 2024";

    static final PlannedService COUNSELING = new PlannedService(
            null,
            null,
            null,
            ServiceType.INDIVIDUALIZED_CAREER,
            "Career counseling",
            "Lexington Kentucky Career Center",
            true,
            null,
            LocalDate.of(2026, 11, 23),
            LocalDate.of(2026, 11, 30),
            null,
            null,
            null);
    static final PlannedService TRAINING = new PlannedService(
            null,
            null,
            null,
            ServiceType.TRAINING,
            "Dental assisting certificate",
            "Bluegrass Community and Technical College",
            true,
            null,
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2027, 5, 28),
            new java.math.BigDecimal("3200"),
            null,
            null);
    static final PlannedService CHILD_CARE = new PlannedService(
            null,
            null,
            null,
            ServiceType.SUPPORTIVE,
            "Evening child care during classes",
            "Community Action Council",
            false,
            "CCAP child care assistance",
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2027, 5, 28),
            null,
            null,
            null);

    static final Objective CERTIFICATE = new Objective(
            "Earn the dental assisting certificate",
            "Certificate issued by BCTC",
            LocalDate.of(2027, 6, 30),
            ObjectiveStatus.PLANNED,
            null,
            null,
            null);
    static final Objective RADIOGRAPHY = new Objective(
            "Pass the radiation health and safety exam",
            "DANB RHS score of 400 or more",
            LocalDate.of(2027, 4, 15),
            ObjectiveStatus.IN_PROGRESS,
            LocalDate.of(2027, 1, 10),
            "Registered for the 04/02/2027 sitting",
            null);

    private PlanPdfFixtures() {}

    static PlanContent fullContent(YouthStrategy youth) {
        return new PlanContent(
                true,
                List.of(
                        new EmploymentGoal(
                                Term.SHORT,
                                "43-4171",
                                "Receptionists and Information Clerks",
                                null,
                                "Front-desk work at a dental office while she trains"),
                        new EmploymentGoal(
                                Term.LONG,
                                "31-9091",
                                "Dental Assistants",
                                "Health Science",
                                "Grows 9.2% in Bluegrass with 128 openings a year; she worked the front desk of a"
                                        + " clinic")),
                41L,
                List.of("Healthcare", "Advanced manufacturing"),
                "Reliable; bilingual in Spanish and English",
                "A full-time job with benefits within a year",
                "Child care in the evenings; an unreliable car",
                List.of("Single parent", "Low income"),
                new NeedForTraining(
                        true,
                        "No postsecondary credential (registration, case note of 11/20/2026)",
                        true,
                        "Three months of job search without an offer above $12 an hour",
                        true,
                        "The goal occupation requires a certificate",
                        true,
                        "TABE reading level 11; completed high school"),
                new TrainingNeeds(
                        "Interview practice",
                        "None: TABE at level 11",
                        "Chairside assisting and radiography",
                        "Evening child care and gas cards during classes",
                        "No driver's license renewal yet"),
                List.of(COUNSELING, TRAINING, CHILD_CARE),
                new TrainingPlan(
                        null,
                        "Bluegrass Community and Technical College",
                        "Dental Assisting Certificate",
                        "51.0601",
                        new BigDecimal("4200"),
                        36,
                        "Dental Assisting Certificate (DANB eligible)",
                        "82% of completers employed in the second quarter after exit",
                        new BigDecimal("3950.50"),
                        "Pell Grant applied for; KEES scholarship not eligible",
                        null),
                List.of(CERTIFICATE, RADIOGRAPHY),
                List.of("Dental receptionist (today)", "Dental assistant (certificate)", "Dental hygienist (degree)"),
                "ETPL: BCTC and Galen College dental assisting programs; compared cost and completion",
                "Monthly contact for 12 months after she starts work",
                youth);
    }

    static LmiReviewView bluegrassLmi() {
        return new LmiReviewView(
                41L,
                7L,
                "KY-bluegrass",
                "Bluegrass LWA",
                true,
                true,
                null,
                false,
                "Most openings are in Lexington; she plans to commute",
                "Dental Assistants; Bluegrass LWA avg. annually 39,647",
                "Dental Assistants in Bluegrass pay $39,647 a year on average; 128 openings a year",
                LocalDate.of(2026, 11, 20),
                "pat.smith",
                3,
                List.of(
                        new LmiReviewView.Occupation(
                                "31-9091",
                                "Dental Assistants",
                                KYSTATS,
                                KYSTATS,
                                39647,
                                new BigDecimal("19.06"),
                                38758,
                                28237,
                                46649,
                                834,
                                911,
                                new BigDecimal("9.2326"),
                                128,
                                true,
                                "Postsecondary nondegree award"),
                        new LmiReviewView.Occupation(
                                "31-9092",
                                "Medical Assistants",
                                null,
                                OEWS,
                                37794,
                                new BigDecimal("18.17"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "Postsecondary nondegree award")));
    }

    static Signature typed(Signature.Role role, String name) {
        return new Signature(role, name, Signature.Method.TYPED, true, SIGNED_AT, "pat.smith", null);
    }

    static Signature drawn(Signature.Role role, String name, String drawing) {
        return new Signature(role, name, Signature.Method.DRAWN, false, SIGNED_AT, "pat.smith", drawing);
    }

    /** The Kentucky IEP, version 3, signed by typing. */
    static PlanPdf fullIep(List<Signature> signatures) {
        return new PlanPdf(
                PlanKind.IEP,
                "KY",
                "Kentucky guidance 24-003",
                "Jordan Reyes",
                "KY-000123",
                "Bluegrass LWA",
                "Pat Smith",
                17,
                3,
                "Signed 11/23/2026",
                fullContent(null),
                bluegrassLmi(),
                signatures,
                List.of(new Review(
                        LocalDate.of(2027, 2, 20),
                        "pat.smith",
                        "Started classes on time; child care in place",
                        "Radiography exam objective added")),
                PRINTED_AT,
                EASTERN,
                "In demand: on the Bluegrass local board's in-demand list.",
                DocumentLanguage.ENGLISH);
    }

    static PlanPdf fullIep() {
        return fullIep(
                List.of(typed(Signature.Role.PARTICIPANT, "Jordan Reyes"), typed(Signature.Role.STAFF, "Pat Smith")));
    }

    /** The same plan as a Georgia youth ISS linked to elements 4 and 13. */
    static PlanPdf iss() {
        YouthStrategy youth = new YouthStrategy(
                List.of(4, 13),
                "Certificate in dental assisting by June 2027",
                true,
                null,
                "Met twice; prefers hands-on work; toured the BCTC lab",
                "Quarterly contact for 12 months after exit; may decline",
                null);
        return new PlanPdf(
                PlanKind.ISS,
                "GA",
                "Georgia policy 3.3.1",
                "Sam Lee",
                "GA-004567",
                "Atlanta Regional LWDA",
                "Chris Park",
                23,
                1,
                "Signed 11/23/2026",
                fullContent(youth),
                null,
                List.of(typed(Signature.Role.PARTICIPANT, "Sam Lee"), typed(Signature.Role.STAFF, "Chris Park")),
                List.of(),
                PRINTED_AT,
                EASTERN,
                "Not known: no official in-demand list or projections are loaded for Atlanta Regional (Georgia).",
                DocumentLanguage.ENGLISH);
    }

    /** A new IEP with nothing filled in yet. */
    static PlanPdf emptyDraft(PlanKind kind) {
        return new PlanPdf(
                kind,
                "KY",
                "Kentucky guidance 24-003",
                "Jordan Reyes",
                "KY-000123",
                "Bluegrass LWA",
                "Pat Smith",
                18,
                1,
                "Draft — not signed",
                PlanContent.empty(),
                null,
                List.of(),
                List.of(),
                PRINTED_AT,
                EASTERN,
                null,
                DocumentLanguage.ENGLISH);
    }

    /**
     * The plan for another participant, printed in {@code language} with its times in {@code zone}:
     * the same content as staff typed it, only the name and the signatures differ.
     */
    static PlanPdf forParticipant(PlanPdf plan, String name, DocumentLanguage language, ZoneId zone) {
        return new PlanPdf(
                plan.kind(),
                plan.stateCode(),
                plan.statePolicy(),
                name,
                plan.participantNumber(),
                plan.lwdaName(),
                plan.caseManagerName(),
                plan.planId(),
                plan.versionNumber(),
                plan.versionStatus(),
                plan.content(),
                plan.lmi(),
                List.of(typed(Signature.Role.PARTICIPANT, name), typed(Signature.Role.STAFF, "Pat Smith")),
                plan.reviews(),
                plan.generatedAt(),
                zone,
                plan.goalDemand(),
                language);
    }

    /** A signature-pad drawing: a stroke on a transparent 300 by 100 PNG, as a data URL. */
    static String drawingDataUrl() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.BLACK);
            graphics.setStroke(new BasicStroke(3));
            graphics.drawPolyline(new int[] {10, 60, 110, 160, 210, 290}, new int[] {70, 20, 80, 25, 75, 40}, 6);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
