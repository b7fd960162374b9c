package org.waypoint.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waypoint.service.assessment.AssessmentViews.NarrativeInput;
import org.waypoint.service.caseload.TransferInput;
import org.waypoint.service.exit.EnrollmentExitInput;
import org.waypoint.service.exit.ServiceGapInput;
import org.waypoint.service.followup.FollowUpCloseInput;
import org.waypoint.service.followup.FollowUpContactInput;
import org.waypoint.service.followup.FollowUpServiceInput;
import org.waypoint.service.lmi.LmiReviewInput;
import org.waypoint.service.monitoring.ItemInput;
import org.waypoint.service.monitoring.ResponseInput;
import org.waypoint.service.outcomes.CredentialInput;
import org.waypoint.service.outcomes.SkillGainInput;
import org.waypoint.service.participant.CaseNoteInput;
import org.waypoint.service.participant.EntryCorrectionInput;
import org.waypoint.service.participant.ParticipantInput;
import org.waypoint.service.plan.ReviewInput;
import org.waypoint.service.plan.SignatureInput;
import org.waypoint.service.reference.InDemandInput;
import org.waypoint.service.reference.SectorInput;
import org.waypoint.service.reference.ServiceCodeInput;
import org.waypoint.service.reference.TrainingProgramInput;
import org.waypoint.service.services.ServiceRecordInput;
import org.waypoint.service.supportive.ApprovalInput;
import org.waypoint.service.supportive.SupportiveLimitInput;
import org.waypoint.service.supportive.SupportiveServiceInput;
import org.waypoint.service.training.ItaPaymentInput;
import org.waypoint.service.training.TrainingInput;

/**
 * Keeps the service inputs' Bean Validation limits equal to the columns they are stored in (issue
 * 18): a 1 MB name or an amount of 10^15 must be refused at the edge with the field's name, not by
 * the database at flush with a 500. The columns are read from a database migrated with the real
 * migrations, so a column made longer or shorter later fails here until its input follows. The
 * mapping is explicit because names differ (a gap's {@code from} is {@code gap_from}).
 */
class InputColumnLimitsTest {

    /** (input, component) -> table.column it is stored in. */
    private static final Map<Class<?>, Map<String, String>> STORED = new HashMap<>();

    /** Text and amounts that are not stored as they come: each with the reason. */
    private static final Map<Class<?>, Set<String>> NOT_STORED = Map.of(
            ParticipantInput.class, Set.of("ssn"), // stored encrypted and hashed; the service checks its 9 digits
            LmiReviewInput.class, Set.of(), // socs are checked against the occupations catalog
            ServiceCodeInput.class, Set.of());

    static {
        stored(
                ParticipantInput.class,
                "firstName=participant.first_name",
                "middleName=participant.middle_name",
                "lastName=participant.last_name",
                "street=participant.street",
                "city=participant.city",
                "addressState=participant.address_state",
                "zip=participant.zip",
                "countyFips=participant.county_fips",
                "phone=participant.phone",
                "email=participant.email",
                "preferredLanguage=participant.preferred_language",
                "annualFamilyIncome=participant.annual_family_income");
        stored(
                NarrativeInput.class,
                "interests=objective_assessment.interests",
                "aptitudes=objective_assessment.aptitudes",
                "workHistory=objective_assessment.work_history",
                "transferableSkills=objective_assessment.transferable_skills",
                "strengths=objective_assessment.strengths",
                "stressorsAndChallenges=objective_assessment.stressors_and_challenges",
                "supportiveServiceNeeds=objective_assessment.supportive_service_needs",
                "developmentalNeeds=objective_assessment.developmental_needs");
        stored(EntryCorrectionInput.class, "reason=enrollment.entry_corrected_reason");
        stored(CaseNoteInput.class, "text=case_note.text");
        stored(
                SupportiveServiceInput.class,
                "serviceCode=service_code.code",
                "amount=supportive_service.amount",
                "vendor=supportive_service.vendor",
                "need=supportive_service.need");
        stored(
                SupportiveLimitInput.class,
                "serviceCode=service_code.code",
                "annualAmount=supportive_limit.annual_amount");
        stored(ApprovalInput.class, "reason=supportive_service.decision_reason");
        stored(
                LmiReviewInput.class,
                "areaId=lmi_review.area_id",
                "marketableSkillsExplanation=lmi_review.marketable_skills_explanation",
                "currentMarketExplanation=lmi_review.current_market_explanation",
                "lmiComment=lmi_review.lmi_comment");
        stored(ResponseInput.class, "response=monitoring_item.response");
        stored(ItemInput.class, "comment=monitoring_item.comment");
        stored(
                TrainingInput.class,
                "serviceCode=service_code.code",
                "employer=training.employer",
                "itaAmount=training.ita_amount",
                "otherAidAmount=training.other_aid_amount",
                "aidNote=training.aid_note");
        stored(ItaPaymentInput.class, "amount=ita_payment.amount", "note=ita_payment.note");
        stored(
                ServiceRecordInput.class,
                "provider=service_record.provider",
                "fundingSource=service_record.funding_source",
                "plannedCost=service_record.planned_cost",
                "actualCost=service_record.actual_cost",
                "note=service_record.note");
        stored(EnrollmentExitInput.class, "note=enrollment.exit_note");
        stored(ServiceGapInput.class, "reason=service_gap.reason");
        stored(ReviewInput.class, "progress=plan_review.progress", "changes=plan_review.changes");
        stored(SignatureInput.class, "name=plan_signature.signer_name", "drawing=plan_signature.drawing");
        stored(TransferInput.class, "reason=participant_transfer.reason");
        stored(
                SectorInput.class,
                "stateCode=industry_sector.state_code",
                "name=industry_sector.name",
                "description=industry_sector.description");
        stored(
                ServiceCodeInput.class,
                "stateCode=service_code.state_code",
                "code=service_code.code",
                "name=service_code.name");
        stored(
                TrainingProgramInput.class,
                "stateCode=training_program.state_code",
                "provider=training_program.provider",
                "program=training_program.program",
                "cipCode=training_program.cip_code",
                "cost=training_program.cost",
                "credential=training_program.credential",
                "outcomes=training_program.outcomes",
                "location=training_program.location");
        stored(
                InDemandInput.class,
                "stateCode=in_demand_occupation.state_code",
                "soc=in_demand_occupation.soc",
                "title=in_demand_occupation.title",
                "source=in_demand_occupation.source");
        stored(FollowUpCloseInput.class, "reason=follow_up.close_reason");
        stored(FollowUpServiceInput.class, "note=service_record.note");
        stored(
                FollowUpContactInput.class,
                "employer=follow_up_contact.employer",
                "socCode=follow_up_contact.soc_code",
                "hourlyWage=follow_up_contact.hourly_wage",
                "weeklyHours=follow_up_contact.weekly_hours",
                "note=follow_up_contact.note");
        stored(
                CredentialInput.class,
                "name=credential.name",
                "evidenceDescription=credential.evidence_description",
                "note=credential.note");
        stored(SkillGainInput.class, "evidenceDescription=skill_gain.evidence_description", "note=skill_gain.note");
    }

    private static final Map<String, Column> COLUMNS = new HashMap<>();

    private record Column(String type, Integer length, Integer precision, Integer scale) {}

    private static void stored(Class<?> input, String... mappings) {
        Map<String, String> map = new HashMap<>();
        for (String mapping : mappings) {
            String[] parts = mapping.split("=");
            map.put(parts[0], parts[1]);
        }
        STORED.put(input, map);
    }

    @BeforeAll
    static void readColumns() throws SQLException {
        String url = "jdbc:h2:mem:limits" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet columns = connection
                        .createStatement()
                        .executeQuery("SELECT table_name, column_name, data_type, character_maximum_length,"
                                + " numeric_precision, numeric_scale FROM information_schema.columns"
                                + " WHERE table_schema = 'PUBLIC'")) {
            while (columns.next()) {
                COLUMNS.put(
                        (columns.getString(1) + "." + columns.getString(2)).toLowerCase(),
                        new Column(columns.getString(3), number(columns, 4), number(columns, 5), number(columns, 6)));
            }
        }
    }

    private static Integer number(ResultSet columns, int index) throws SQLException {
        Object value = columns.getObject(index);
        return value == null ? null : ((Number) value).intValue();
    }

    @Test
    void everyTextAndAmountOfAnInputHasTheLimitOfItsColumn() {
        List<String> problems = new ArrayList<>();
        STORED.forEach((input, mapping) -> {
            for (RecordComponent component : input.getRecordComponents()) {
                String name = input.getSimpleName() + "." + component.getName();
                Class<?> type = component.getType();
                boolean limited = type == String.class || type == BigDecimal.class;
                String column = mapping.get(component.getName());
                if (column == null) {
                    if (limited && !NOT_STORED.getOrDefault(input, Set.of()).contains(component.getName())) {
                        problems.add(name + ": stored where? map it to its column or say why it is not stored");
                    }
                    continue;
                }
                Column limit = COLUMNS.get(column);
                if (limit == null) {
                    problems.add(name + ": no column " + column);
                } else if (type == String.class) {
                    Size size = component.getAccessor().getAnnotation(Size.class);
                    if (size == null) {
                        problems.add(name + ": no @Size; " + column + " holds " + limit.length());
                    } else if (limit.length() != null && size.max() != limit.length()) {
                        problems.add(
                                name + ": @Size(max = " + size.max() + ") but " + column + " holds " + limit.length());
                    }
                } else if (type == BigDecimal.class) {
                    Digits digits = component.getAccessor().getAnnotation(Digits.class);
                    if (digits == null) {
                        problems.add(name + ": no @Digits; " + column + " is numeric(" + limit.precision() + ", "
                                + limit.scale() + ")");
                    } else if (digits.fraction() != limit.scale()
                            || digits.integer() > limit.precision() - limit.scale()) {
                        // fewer integer digits than the column is a business limit (an ITA of
                        // at most $99,999,999.99); more would overflow it
                        problems.add(name + ": @Digits(integer = " + digits.integer() + ", fraction = "
                                + digits.fraction() + ") does not fit " + column + " numeric("
                                + limit.precision() + ", " + limit.scale() + ")");
                    }
                } else {
                    problems.add(name + ": mapped, but neither text nor an amount");
                }
            }
        });
        assertThat(problems).as("inputs whose limits differ from their columns").isEmpty();
    }
}
