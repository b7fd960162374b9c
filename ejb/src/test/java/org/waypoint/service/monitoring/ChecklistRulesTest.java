package org.waypoint.service.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waypoint.persistence.monitoring.ItemResult.FINDING;
import static org.waypoint.persistence.monitoring.ItemResult.NOT_APPLICABLE;
import static org.waypoint.persistence.monitoring.ItemResult.PASS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checklist of a sampled file, item by item, with the policy each item cites. */
class ChecklistRulesTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 2);

    /** A Kentucky file that meets every item. */
    static FileFacts kentucky() {
        return new FileFacts(
                "KY",
                LocalDate.of(2026, 9, 30),
                SIGNED,
                SIGNED,
                List.of(LocalDate.of(2026, 5, 30), LocalDate.of(2026, 8, 28)),
                90,
                List.of(LocalDate.of(2026, 3, 16)),
                new FileFacts.Lmi(true, 2, 2, true),
                1,
                0,
                2,
                0,
                3,
                0,
                true,
                List.of(LocalDate.of(2026, 3, 5)),
                new FileFacts.Eligibility(LocalDate.of(2026, 2, 20), "ADULT", true, List.of("AGE: SOURCE_DOCUMENT")));
    }

    static FileFacts georgia() {
        FileFacts k = kentucky();
        return new FileFacts(
                "GA",
                k.asOf(),
                k.planCreated(),
                k.signedOn(),
                k.reviews(),
                k.reviewIntervalDays(),
                k.trainingStarts(),
                k.lmi(),
                k.goals(),
                0,
                k.objectives(),
                0,
                k.services(),
                0,
                true,
                k.serviceStarts(),
                k.eligibility());
    }

    @Test
    void kentuckyAsksEligibilityElementsLmiReviewsAndTraining() {
        assertThat(ChecklistRules.checklist(kentucky()))
                .extracting(ChecklistItemDraft::code, ChecklistItemDraft::suggested)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ELIGIBILITY_SOURCES", PASS),
                        org.assertj.core.groups.Tuple.tuple("REQUIRED_ELEMENTS", PASS),
                        org.assertj.core.groups.Tuple.tuple("KY_LMI", PASS),
                        org.assertj.core.groups.Tuple.tuple("KY_REVIEWS", PASS),
                        org.assertj.core.groups.Tuple.tuple("KY_BEFORE_TRAINING", PASS));
    }

    @Test
    void georgiaAsksJustificationSignedCopyAndFlow() {
        assertThat(ChecklistRules.checklist(georgia()))
                .extracting(ChecklistItemDraft::code)
                .containsExactly(
                        "ELIGIBILITY_SOURCES", "REQUIRED_ELEMENTS", "GA_JUSTIFICATION", "GA_SIGNED_COPY", "GA_FLOW");
    }

    /** TEGL 23-19: each eligibility fact with its source documentation. */
    @Test
    void eligibilityWithoutSourcesIsAFinding_TEGL_23_19() {
        FileFacts k = kentucky();
        ChecklistItemDraft pass = ChecklistRules.eligibility(k);
        assertThat(pass.citation()).contains("TEGL 23-19");
        assertThat(pass.evidence()).contains("2026-02-20", "AGE: SOURCE_DOCUMENT");
        FileFacts none = with(k, new FileFacts.Eligibility(LocalDate.of(2026, 2, 20), "ADULT", true, List.of()));
        assertThat(ChecklistRules.eligibility(none).suggested()).isEqualTo(FINDING);
        assertThat(ChecklistRules.eligibility(with(k, null)).evidence()).contains("No eligibility determination");
    }

    /** 20 CFR 680.170: goal, objectives and services are required elements. */
    @Test
    void aPlanWithoutServicesMissesARequiredElement_20CFR680_170() {
        FileFacts k = kentucky();
        FileFacts noServices = new FileFacts(
                "KY",
                k.asOf(),
                k.planCreated(),
                k.signedOn(),
                k.reviews(),
                90,
                k.trainingStarts(),
                k.lmi(),
                1,
                0,
                2,
                0,
                0,
                0,
                true,
                List.of(),
                k.eligibility());
        ChecklistItemDraft item = ChecklistRules.requiredElements(noServices);
        assertThat(item.suggested()).isEqualTo(FINDING);
        assertThat(item.evidence()).contains("missing: services");
        assertThat(item.citation()).contains("680.170");
    }

    /** KY 24-003 section A: the four figures and the participant's review of the LMI. */
    @Test
    void lmiNotReviewedWithTheParticipantOrWithoutFiguresIsAFinding_KY_24_003() {
        FileFacts k = kentucky();
        assertThat(ChecklistRules.kentuckyLmi(k).citation()).contains("24-003");
        assertThat(ChecklistRules.kentuckyLmi(withLmi(k, new FileFacts.Lmi(false, 2, 2, true)))
                        .suggested())
                .isEqualTo(FINDING);
        assertThat(ChecklistRules.kentuckyLmi(withLmi(k, new FileFacts.Lmi(true, 2, 1, true)))
                        .evidence())
                .contains("1 with the four figures");
        assertThat(ChecklistRules.kentuckyLmi(withLmi(k, null)).suggested()).isEqualTo(FINDING);
    }

    /** KY 24-003: reviewed at least every 90 days, counted from the signature to the end of the period. */
    @Test
    void reviewsKeptEvery90DaysPassAndAGapIsAFinding_KY_24_003() {
        FileFacts k = kentucky();
        ChecklistItemDraft kept = ChecklistRules.kentuckyReviews(k);
        assertThat(kept.suggested()).isEqualTo(PASS);
        assertThat(kept.evidence()).isEqualTo("Signed 2026-03-02; reviews on 2026-05-30, 2026-08-28.");
        FileFacts gap = withReviews(k, List.of(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 8, 28)));
        assertThat(ChecklistRules.kentuckyReviews(gap).suggested()).isEqualTo(FINDING);
        assertThat(ChecklistRules.kentuckyReviews(gap).evidence()).contains("gaps: 2026-03-02 to 2026-06-15");
        FileFacts lapsed = withReviews(k, List.of(LocalDate.of(2026, 5, 30)));
        assertThat(ChecklistRules.kentuckyReviews(lapsed).evidence()).contains("none due by 2026-08-28");
    }

    /** KY 24-003: "The IEP/ISS is completed prior to enrollment of career training services." */
    @Test
    void trainingBeforeThePlanIsSignedIsAFinding_KY_24_003() {
        FileFacts k = kentucky();
        assertThat(ChecklistRules.kentuckyBeforeTraining(k).evidence())
                .isEqualTo("Signed 2026-03-02; training started 2026-03-16.");
        FileFacts early = withTraining(k, List.of(LocalDate.of(2026, 2, 1)));
        assertThat(ChecklistRules.kentuckyBeforeTraining(early).suggested()).isEqualTo(FINDING);
        assertThat(ChecklistRules.kentuckyBeforeTraining(withTraining(k, List.of()))
                        .suggested())
                .isEqualTo(NOT_APPLICABLE);
    }

    private static FileFacts with(FileFacts k, FileFacts.Eligibility e) {
        return new FileFacts(
                k.stateCode(),
                k.asOf(),
                k.planCreated(),
                k.signedOn(),
                k.reviews(),
                k.reviewIntervalDays(),
                k.trainingStarts(),
                k.lmi(),
                k.goals(),
                0,
                k.objectives(),
                0,
                k.services(),
                0,
                k.copyOffered(),
                k.serviceStarts(),
                e);
    }

    private static FileFacts withLmi(FileFacts k, FileFacts.Lmi lmi) {
        return new FileFacts(
                k.stateCode(),
                k.asOf(),
                k.planCreated(),
                k.signedOn(),
                k.reviews(),
                k.reviewIntervalDays(),
                k.trainingStarts(),
                lmi,
                k.goals(),
                0,
                k.objectives(),
                0,
                k.services(),
                0,
                k.copyOffered(),
                k.serviceStarts(),
                k.eligibility());
    }

    private static FileFacts withReviews(FileFacts k, List<LocalDate> reviews) {
        return new FileFacts(
                k.stateCode(),
                k.asOf(),
                k.planCreated(),
                k.signedOn(),
                reviews,
                k.reviewIntervalDays(),
                k.trainingStarts(),
                k.lmi(),
                k.goals(),
                0,
                k.objectives(),
                0,
                k.services(),
                0,
                k.copyOffered(),
                k.serviceStarts(),
                k.eligibility());
    }

    private static FileFacts withTraining(FileFacts k, List<LocalDate> trainings) {
        return new FileFacts(
                k.stateCode(),
                k.asOf(),
                k.planCreated(),
                k.signedOn(),
                k.reviews(),
                k.reviewIntervalDays(),
                trainings,
                k.lmi(),
                k.goals(),
                0,
                k.objectives(),
                0,
                k.services(),
                0,
                k.copyOffered(),
                k.serviceStarts(),
                k.eligibility());
    }
}
