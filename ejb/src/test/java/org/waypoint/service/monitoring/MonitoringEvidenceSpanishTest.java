package org.waypoint.service.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.waypoint.service.common.Text;

/**
 * The checklist's evidence in Spanish (issue 19): the English each rule stores is the English of the
 * text kept beside it as JSON (its wording is {@link ChecklistRulesTest}'s), and that text reads back
 * in the page's language.
 */
class MonitoringEvidenceSpanishTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName(
            "the stored English of every item is its text's English, and the stored text reads back, in many files")
    void englishAndTextAgree() {
        Random random = new Random(19);
        for (int n = 0; n < 1000; n++) {
            FileFacts facts = facts(random);
            List<ChecklistItemDraft> now = ChecklistRules.checklist(facts);
            for (ChecklistItemDraft item : now) {
                assertThat(item.evidenceText().english())
                        .as(facts + " " + item.code())
                        .isEqualTo(item.evidence());
                Text stored = stored(item).evidenceText();
                assertThat(stored).isEqualTo(item.evidenceText());
                assertThat(stored.in(SPANISH)).isEqualTo(item.evidenceText().in(SPANISH));
            }
        }
    }

    @Test
    @DisplayName("the evidence lines read in Spanish")
    void spanish() {
        FileFacts k = ChecklistRulesTest.kentucky();
        assertThat(spanish(ChecklistRules.eligibility(k)))
                .isEqualTo("Determinación del 2026-02-20 (ADULT, elegible); fuentes: AGE: SOURCE_DOCUMENT.");
        assertThat(ChecklistRules.eligibility(k).evidence())
                .isEqualTo("Determined 2026-02-20 (ADULT, eligible); sources: AGE: SOURCE_DOCUMENT.");

        FileFacts empty = with(k, 0, 2, 0, k.lmi(), k.signedOn(), k.reviews(), k.copyOffered(), k.serviceStarts());
        assertThat(ChecklistRules.requiredElements(empty).evidence())
                .isEqualTo("0 goal(s), 2 objective(s), 0 service(s); missing: employment goal, services.");
        assertThat(spanish(ChecklistRules.requiredElements(empty)))
                .isEqualTo("0 meta(s), 2 objetivo(s), 0 servicio(s); falta: meta de empleo, servicios.");

        FileFacts noLmi = with(k, 1, 2, 3, null, k.signedOn(), k.reviews(), k.copyOffered(), k.serviceStarts());
        assertThat(ChecklistRules.kentuckyLmi(noLmi).evidence()).isEqualTo("The plan has no LMI section.");
        assertThat(spanish(ChecklistRules.kentuckyLmi(noLmi))).isEqualTo("El plan no tiene sección de LMI.");
        FileFacts lmi =
                with(k, 1, 2, 3, new FileFacts.Lmi(false, 2, 1, false), SIGNED, k.reviews(), true, k.serviceStarts());
        assertThat(spanish(ChecklistRules.kentuckyLmi(lmi)))
                .isEqualTo("2 ocupación(es), 1 con las cuatro cifras; no revisada con el participante;"
                        + " sin comentario de LMI.");

        FileFacts gap = with(k, 1, 2, 3, k.lmi(), SIGNED, List.of(LocalDate.of(2026, 6, 15)), true, List.of());
        assertThat(ChecklistRules.kentuckyReviews(gap).evidence())
                .isEqualTo("Signed 2026-03-02; reviews on 2026-06-15; gaps: 2026-03-02 to 2026-06-15;"
                        + " none due by 2026-09-13 (period ends 2026-09-30).");
        assertThat(spanish(ChecklistRules.kentuckyReviews(gap)))
                .isEqualTo("Firmado el 2026-03-02; revisiones el 2026-06-15; períodos sin revisión: del 2026-03-02"
                        + " al 2026-06-15; ninguna para la fecha límite del 2026-09-13 (el período termina el"
                        + " 2026-09-30).");
        assertThat(spanish(ChecklistRules.kentuckyBeforeTraining(k)))
                .isEqualTo("Firmado el 2026-03-02; la capacitación empezó el 2026-03-16.");

        FileFacts g = ChecklistRulesTest.georgia();
        assertThat(spanish(ChecklistRules.georgiaJustification(g)))
                .isEqualTo("Justificados: metas 1/1, pasos de acción 2/2, servicios 3/3.");
        assertThat(spanish(ChecklistRules.georgiaSignedCopy(g)))
                .isEqualTo("Firmado el 2026-03-02; se entregó la copia al participante.");
        assertThat(ChecklistRules.georgiaFlow(g).evidence())
                .isEqualTo("3 service(s) scheduled; delivered from 2026-03-05; plan of 2026-03-02.");
        assertThat(spanish(ChecklistRules.georgiaFlow(g)))
                .isEqualTo("3 servicio(s) programado(s); prestados desde 2026-03-05; plan del 2026-03-02.");
    }

    @Test
    @DisplayName("the evidence text survives its JSON, and the drafting stores it")
    void jsonRoundTrip() {
        FileFacts k = ChecklistRulesTest.kentucky();
        FileFacts empty = with(k, 0, 0, 0, k.lmi(), k.signedOn(), k.reviews(), k.copyOffered(), k.serviceStarts());
        ChecklistItemDraft item = ChecklistRules.requiredElements(empty);
        String json = ReviewDrafting.evidenceJson(item);
        assertThat(json).contains("monitoring.evidence.countsMissing", "monitoring.evidence.missing.services");
        Text back = Text.fromJson(json);
        assertThat(back).isEqualTo(item.evidenceText());
        assertThat(back.english())
                .isEqualTo("0 goal(s), 0 objective(s), 0 service(s); missing: employment goal, achievement objectives,"
                        + " services.");
        assertThat(back.in(SPANISH))
                .isEqualTo("0 meta(s), 0 objetivo(s), 0 servicio(s); falta: meta de empleo, objetivos de logro,"
                        + " servicios.");
    }

    @Test
    @DisplayName("an item without its text, or with one that no longer reads, shows its stored English")
    void storedEnglishStands() {
        ChecklistItemDraft item = ChecklistRules.eligibility(ChecklistRulesTest.kentucky());
        assertThat(view(item, null).evidenceText().in(SPANISH)).isEqualTo(item.evidence());
        assertThat(view(item, "{not json").evidenceText().in(SPANISH)).isEqualTo(item.evidence());
        assertThat(view(item, "{\"k\":\"monitoring.evidence.gone\",\"a\":[]}")
                        .evidenceText()
                        .in(SPANISH))
                .isEqualTo(item.evidence());
        // a text whose English is not the stored evidence is not trusted
        assertThat(view(item, Text.of("monitoring.evidence.noLmi").toJson())
                        .evidenceText()
                        .in(SPANISH))
                .isEqualTo(item.evidence());
        assertThat(view(item, ReviewDrafting.evidenceJson(item)).evidenceText().in(SPANISH))
                .startsWith("Determinación del 2026-02-20");
        ItemView old = new ItemView(
                1, "X", "Q?", "", null, null, null, null, null, null, null, null, null, null, null, null, 0, null);
        assertThat(old.evidenceText().in(SPANISH)).isEmpty();
    }

    @Test
    @DisplayName("the REST API's JSON has no text: the stored JSON and the draft's text are transient")
    void apiUnchanged() throws Exception {
        assertThat(ItemView.class.getDeclaredField("evidenceJson").isAnnotationPresent(JsonbTransient.class))
                .isTrue();
        assertThat(ItemView.class.getMethod("evidenceJson").isAnnotationPresent(JsonbTransient.class))
                .isTrue();
        assertThat(ChecklistItemDraft.class.getMethod("evidenceText").isAnnotationPresent(JsonbTransient.class))
                .isTrue();
    }

    private static String spanish(ChecklistItemDraft item) {
        return stored(item).evidenceText().in(SPANISH);
    }

    /** The item as the review page reads it back from its row. */
    private static ItemView stored(ChecklistItemDraft d) {
        return view(d, ReviewDrafting.evidenceJson(d));
    }

    /** The drafted item as a page would show it, with this stored text (null: none). */
    static ItemView view(ChecklistItemDraft d, String json) {
        return new ItemView(
                1,
                d.code(),
                d.question(),
                d.citation(),
                d.suggested(),
                d.evidence(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                json);
    }

    private static FileFacts facts(Random r) {
        LocalDate signed = pick(r, SIGNED, null, LocalDate.of(2026, 4, 1));
        List<LocalDate> reviews = pick(
                r,
                List.of(),
                List.of(LocalDate.of(2026, 5, 30), LocalDate.of(2026, 8, 28)),
                List.of(LocalDate.of(2026, 8, 28), LocalDate.of(2026, 4, 20)),
                List.of(LocalDate.of(2026, 6, 15)));
        List<LocalDate> trainings =
                pick(r, List.of(), List.of(LocalDate.of(2026, 3, 16)), List.of(LocalDate.of(2026, 4, 2), SIGNED));
        FileFacts.Lmi lmi = pick(
                r,
                null,
                new FileFacts.Lmi(true, 2, 2, true),
                new FileFacts.Lmi(false, 2, 1, false),
                new FileFacts.Lmi(true, 0, 0, false),
                new FileFacts.Lmi(false, 1, 1, true));
        int goals = r.nextInt(3);
        int objectives = r.nextInt(3);
        int services = r.nextInt(4);
        FileFacts.Eligibility eligibility = pick(
                r,
                null,
                new FileFacts.Eligibility(LocalDate.of(2026, 2, 20), "ADULT", false, List.of()),
                new FileFacts.Eligibility(LocalDate.of(2026, 2, 20), "YOUTH", true, List.of()),
                new FileFacts.Eligibility(LocalDate.of(2026, 1, 2), "ADULT", true, List.of("AGE: SOURCE_DOCUMENT")),
                new FileFacts.Eligibility(
                        LocalDate.of(2026, 1, 2),
                        "DISLOCATED_WORKER",
                        true,
                        List.of("AGE: DRIVERS_LICENSE", "RESIDENCE: UTILITY_BILL")));
        return new FileFacts(
                pick(r, "KY", "GA", "TX"),
                LocalDate.of(2026, 9, 30),
                pick(r, SIGNED, LocalDate.of(2026, 3, 10)),
                signed,
                reviews,
                pick(r, 90, null, 60),
                trainings,
                lmi,
                goals,
                goals == 0 ? 0 : r.nextInt(goals + 1),
                objectives,
                objectives == 0 ? 0 : r.nextInt(objectives + 1),
                services,
                services == 0 ? 0 : r.nextInt(services + 1),
                pick(r, null, true, false),
                pick(
                        r,
                        List.of(),
                        List.of(LocalDate.of(2026, 3, 5)),
                        List.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 2, 1))),
                eligibility);
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    private static FileFacts with(
            FileFacts k,
            int goals,
            int objectives,
            int services,
            FileFacts.Lmi lmi,
            LocalDate signed,
            List<LocalDate> reviews,
            Boolean copy,
            List<LocalDate> serviceStarts) {
        return new FileFacts(
                k.stateCode(),
                k.asOf(),
                k.planCreated(),
                signed,
                reviews,
                k.reviewIntervalDays(),
                k.trainingStarts(),
                lmi,
                goals,
                0,
                objectives,
                0,
                services,
                0,
                copy,
                serviceStarts,
                k.eligibility());
    }
}
