package org.waypoint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Api;
import org.waypoint.it.support.AsCmBluegrass;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Documents;
import org.waypoint.it.support.Participants;
import org.waypoint.it.support.Probe;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.plan.PlanContent;
import org.waypoint.service.plan.PlanContent.PlannedService;
import org.waypoint.service.plan.PlanFileService;
import org.waypoint.service.plan.PlanKind;
import org.waypoint.service.plan.PlanService;
import org.waypoint.service.plan.PlanView;
import org.waypoint.service.plan.ScheduleLink;
import org.waypoint.service.plan.ServiceType;
import org.waypoint.service.reference.ServiceCatalogService;
import org.waypoint.service.reference.ServiceCodeView;

/**
 * Issue 14 on the real server: the plan's schedule of services as links to service records. Saving
 * the plan creates, updates and voids the planned records of its coded rows in the same
 * transaction; a delivered service stays when its row leaves the plan; a bad row is refused with
 * its field named and nothing saved; and a signed version keeps what was planned, whatever delivery
 * records later.
 */
@ExtendWith(ArquillianExtension.class)
class PlanServiceLinksIT {

    private static final LocalDate START = LocalDate.now().plusDays(14);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PlanServiceLinksIT.class);
    }

    @EJB
    private AsCmBluegrass cm;

    @EJB
    private PlanService plans;

    @EJB
    private PlanFileService files;

    @EJB
    private ServiceCatalogService catalog;

    @EJB
    private Probe probe;

    @Test
    @DisplayName("two coded rows make two planned records; a changed row updates its record, a removed one voids it")
    void savingTheScheduleCreatesUpdatesAndVoidsPlannedRecords() throws Exception {
        long participant = Participants.eligibleAdult();
        PlanView plan = cm.call(() -> plans.create(participant, PlanKind.IEP));
        PlannedService counseling = row(code("IC-COUNSELING"), "Lexington KCC", true, null, null);
        PlannedService ita = row(code("TR-ITA"), "BCTC", false, "Pell Grant", new BigDecimal("3200"));

        PlanView saved = save(plan, List.of(counseling, ita));

        List<ServiceRecord> records = records(plan.id());
        assertThat(records).hasSize(2).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(ServiceStatus.PLANNED);
            assertThat(r.getEnrollment().getProgram()).isEqualTo(Program.ADULT);
            assertThat(r.getPlannedStart()).isEqualTo(START);
            assertThat(r.getStaff().getUsername()).isEqualTo("cm-bluegrass");
        });
        ServiceRecord itaRecord = byCode(records, "TR-ITA");
        assertThat(itaRecord.getFundingProgram())
                .as("a non-WIOA row is paid by its source")
                .isNull();
        assertThat(itaRecord.getFundingSource()).isEqualTo("Pell Grant");
        assertThat(itaRecord.getPlannedCost()).isEqualByComparingTo("3200");
        assertThat(byCode(records, "IC-COUNSELING").getFundingProgram()).isEqualTo(Program.ADULT);
        List<PlannedService> rows = saved.content().services();
        assertThat(rows).extracting(PlannedService::key).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(rows)
                .extracting(PlannedService::type)
                .as("a coded row is of its code's kind")
                .containsExactly(ServiceType.INDIVIDUALIZED_CAREER, ServiceType.TRAINING);
        assertThat(saved.schedule())
                .extracting(ScheduleLink::key, ScheduleLink::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(rows.get(0).key(), ServiceStatus.PLANNED),
                        org.assertj.core.groups.Tuple.tuple(rows.get(1).key(), ServiceStatus.PLANNED));

        PlannedService moved = with(rows.get(0), "Georgetown KCC", START.plusDays(7));
        PlanView changed = save(saved, List.of(moved));

        ServiceRecord updated = probe.entityManager()
                .find(ServiceRecord.class, byCode(records, "IC-COUNSELING").getId());
        assertThat(updated.getProvider()).isEqualTo("Georgetown KCC");
        assertThat(updated.getPlannedStart()).isEqualTo(START.plusDays(7));
        assertThat(updated.isVoided()).isFalse();
        ServiceRecord voided = probe.entityManager().find(ServiceRecord.class, itaRecord.getId());
        assertThat(voided.isVoided()).isTrue();
        assertThat(voided.getVoidReason()).isEqualTo("Removed from the plan");
        assertThat(changed.schedule()).extracting(ScheduleLink::serviceRecordId).containsExactly(updated.getId());
    }

    @Test
    @DisplayName("a delivered service stays when its row is removed, shown as delivered outside the plan")
    void aDeliveredServiceStaysWhenItsRowIsRemoved() throws Exception {
        long participant = Participants.eligibleAdult();
        PlanView plan = cm.call(() -> plans.create(participant, PlanKind.IEP));
        PlanView saved = save(plan, List.of(row(code("BC-JOB-SEARCH"), "Lexington KCC", true, null, null)));
        long id = records(plan.id()).get(0).getId();
        complete(id, new BigDecimal("0.00"));

        PlanView removed = save(saved, List.of());

        ServiceRecord kept = probe.entityManager().find(ServiceRecord.class, id);
        assertThat(kept.isVoided()).isFalse();
        assertThat(kept.getStatus()).isEqualTo(ServiceStatus.COMPLETED_SUCCESSFUL);
        assertThat(removed.deliveredOutsidePlan())
                .singleElement()
                .satisfies(l -> assertThat(l.serviceRecordId()).isEqualTo(id))
                .satisfies(l -> assertThat(l.inPlan()).isFalse());
    }

    @Test
    @DisplayName("a bad row is refused naming its field, and nothing is saved")
    void aBadRowIsRefusedAndNothingIsSaved() throws Exception {
        long participant = Participants.eligibleAdult();
        PlanView plan = cm.call(() -> plans.create(participant, PlanKind.IEP));
        PlannedService good = row(code("IC-COUNSELING"), "Lexington KCC", true, null, null);

        assertRefused(plan, List.of(good, row(code("YE-01"), "KCC", true, null, null)), "services[1].serviceCodeId");
        assertRefused(plan, List.of(good, row(-1L, "KCC", true, null, null)), "services[1].serviceCodeId");
        assertRefused(plan, List.of(good, row(georgiaCode(), "KCC", true, null, null)), "services[1].serviceCodeId");
        PlannedService dw = new PlannedService(
                null,
                code("IC-COUNSELING"),
                Program.DISLOCATED_WORKER,
                null,
                "Counseling",
                "KCC",
                true,
                null,
                START,
                null,
                null,
                null,
                "Needs it");
        assertRefused(plan, List.of(good, dw), "services[1].program");
        PlannedService backwards = new PlannedService(
                null,
                code("IC-COUNSELING"),
                Program.ADULT,
                null,
                "Counseling",
                "KCC",
                true,
                null,
                START,
                START.minusDays(1),
                null,
                null,
                "Needs it");
        assertRefused(plan, List.of(good, backwards), "services[1].plannedEnd");
        PlannedService wrongKind = new PlannedService(
                null,
                code("IC-COUNSELING"),
                Program.ADULT,
                ServiceType.TRAINING,
                "Counseling",
                "KCC",
                true,
                null,
                START,
                null,
                null,
                null,
                "Needs it");
        assertRefused(plan, List.of(good, wrongKind), "services[1].type");

        assertThat(records(plan.id())).as("no record of the good row either").isEmpty();
        assertThat(cm.call(() -> plans.find(plan.id())).content().services())
                .as("the plan unchanged")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "a signed version keeps what was planned: its content and PDF do not change when the service is delivered")
    void aSignedVersionKeepsWhatWasPlanned() throws Exception {
        long participant = Participants.eligibleAdult();
        long planId = Participants.json(
                        Api.post("/participants/" + participant + "/plans", "cm-bluegrass", "{\"kind\":\"IEP\"}"))
                .getJsonNumber("id")
                .longValue();
        long lmi = Participants.dentalAssistantLmi(participant);
        JsonObject loaded = Participants.json(Api.get("/plans/" + planId, "cm-bluegrass"));
        HttpResponse<String> filled = Api.put(
                "/plans/" + planId,
                "cm-bluegrass",
                "{\"versionLock\":" + loaded.getJsonNumber("versionLock") + ",\"content\":"
                        + completeIep(lmi, code("IC-COUNSELING")) + "}");
        assertThat(filled.statusCode()).as(filled.body()).isEqualTo(200);
        HttpResponse<String> signed = Api.post(
                "/plans/" + planId + "/signatures",
                "cm-bluegrass",
                "{\"versionLock\":" + Participants.json(filled).getJsonNumber("versionLock") + ","
                        + "\"participant\":{\"name\":\"Renee Planner\",\"consent\":true},"
                        + "\"staff\":{\"name\":\"Casey Morgan\",\"drawing\":\"" + Documents.drawnSignature() + "\"},"
                        + "\"copyOffered\":true}");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        PlanContent before = cm.call(() -> plans.version(planId, 1));
        byte[] pdfBefore = cm.call(() -> files.pdf(planId, 1)).content();
        long id = records(planId).get(0).getId();

        complete(id, new BigDecimal("95.00"));

        assertThat(cm.call(() -> plans.version(planId, 1)))
                .as("version 1 as signed")
                .isEqualTo(before);
        assertThat(cm.call(() -> files.pdf(planId, 1)).content())
                .as("the signed PDF")
                .isEqualTo(pdfBefore);
        String printed = Documents.pdfText(pdfBefore);
        assertThat(printed)
                .contains("Career counseling", "Planned cost", "$150")
                .doesNotContain("$95");
        PlanView current = cm.call(() -> plans.find(planId));
        assertThat(current.versionNumber()).as("delivery opens no version").isEqualTo(1);
        assertThat(current.schedule())
                .singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(ServiceStatus.COMPLETED_SUCCESSFUL))
                .satisfies(l ->
                        assertThat(l.actualStart()).isEqualTo(LocalDate.now().minusDays(3)))
                .satisfies(l -> assertThat(l.actualCost()).isEqualByComparingTo("95"));
    }

    private static String completeIep(long lmi, long codeId) {
        return """
            {"participantTookPart":true,
             "goals":[{"term":"LONG","soc":"31-9091","occupation":"Dental Assistants",
                       "justification":"Grows 9.2% in Bluegrass; worked the front desk of a clinic"}],
             "lmiReviewId":LMI,
             "industrySectors":["Healthcare"],
             "strengths":"Reliable; bilingual",
             "goalsAndChallenges":"A full-time job with benefits within a year",
             "stressorsAndChallenges":"Evening child care",
             "barriers":["single parent"],
             "services":[{"serviceCodeId":CODE,"program":"ADULT","description":"Career counseling",
                          "provider":"Lexington KCC","wioaFunded":true,"plannedStart":"START","plannedCost":150}],
             "objectives":[{"benchmark":"Complete a resume","measure":"Resume reviewed by staff",
                            "targetDate":"2027-01-15","status":"PLANNED"}],
             "careerPathway":["Dental receptionist","Dental assistant"],
             "providerInformation":"ETPL dental assisting programs: BCTC, Galen College",
             "followUpPlan":"Monthly contact for 12 months"}"""
                .replace("LMI", String.valueOf(lmi))
                .replace("CODE", String.valueOf(codeId))
                .replace("START", START.toString());
    }

    /** Delivers the service as the service record pages would: started three days ago, completed today. */
    private void complete(long recordId, BigDecimal cost) throws Exception {
        cm.call(() -> {
            probe.inTransaction(em -> {
                ServiceRecord r = em.find(ServiceRecord.class, recordId);
                r.setActual(LocalDate.now().minusDays(3), LocalDate.now());
                r.setStatus(ServiceStatus.COMPLETED_SUCCESSFUL);
                r.setCosts(r.getPlannedCost(), cost);
            });
            return null;
        });
    }

    private PlanView save(PlanView plan, List<PlannedService> rows) throws Exception {
        return cm.call(
                () -> plans.save(plan.id(), plan.versionLock(), plan.content().withServices(rows)));
    }

    private void assertRefused(PlanView plan, List<PlannedService> rows, String field) {
        assertThatThrownBy(() -> save(plan, rows))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getFieldErrors())
                        .containsOnlyKeys(field));
    }

    private static PlannedService row(Long codeId, String provider, boolean wioa, String source, BigDecimal cost) {
        return new PlannedService(
                null,
                codeId,
                Program.ADULT,
                null,
                "Planned service",
                provider,
                wioa,
                source,
                START,
                START.plusDays(60),
                cost,
                null,
                "Needs it to reach the goal");
    }

    private static PlannedService with(PlannedService row, String provider, LocalDate start) {
        return new PlannedService(
                row.key(),
                row.serviceCodeId(),
                row.program(),
                row.type(),
                row.description(),
                provider,
                row.wioaFunded(),
                row.fundingSource(),
                start,
                row.plannedEnd(),
                row.plannedCost(),
                row.programElement(),
                row.justification());
    }

    private List<ServiceRecord> records(long planId) {
        return new ArrayList<>(probe.entityManager()
                .createQuery(
                        "SELECT s FROM ServiceRecord s JOIN FETCH s.code JOIN FETCH s.enrollment LEFT JOIN FETCH s.staff"
                                + " WHERE s.planId = :planId AND s.voidedAt IS NULL ORDER BY s.id",
                        ServiceRecord.class)
                .setParameter("planId", planId)
                .getResultList());
    }

    private static ServiceRecord byCode(List<ServiceRecord> records, String code) {
        return records.stream()
                .filter(r -> r.getCode().getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private long code(String code) throws Exception {
        return cm.call(() -> catalog.catalog("KY", false)).stream()
                .filter(c -> c.code().equals(code))
                .map(ServiceCodeView::id)
                .findFirst()
                .orElseThrow();
    }

    private long georgiaCode() throws Exception {
        return cm.call(() -> catalog.catalog("GA", false)).stream()
                .filter(c -> c.code().equals("IC-COUNSELING"))
                .map(ServiceCodeView::id)
                .findFirst()
                .orElseThrow();
    }
}
