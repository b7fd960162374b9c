package org.waypoint.service.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.common.Text;

/**
 * What a recorded service must say to stand: a status that fits its dates (the table's CHECK
 * constraints, answered by field before anything is written), an active code of the participant's
 * own state that the enrollment's program may fund, dates inside the enrollment's period of
 * participation, costs in cents, and text that fits its column. Also the two enrollment dates that
 * services drive: the participation date and the last service for exit. Plain Java, so that each
 * rule is tested on its own; {@link ServiceRecordService} supplies the facts from the database.
 */
final class ServiceRecordRules {

    static final int PROVIDER_LENGTH = 200;
    static final int FUNDING_SOURCE_LENGTH = 120;
    static final int NOTE_LENGTH = 2000;
    static final int VOID_REASON_LENGTH = 500;
    /** NUMERIC(12, 2): ten digits before the point. */
    static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    /** The code a service names, as far as the rules need it. */
    record CodeFacts(String code, String state, boolean active, ServiceCategory category, Set<Program> programs) {}

    /** The enrollment a service belongs to: its program and period of participation. */
    record EnrollmentFacts(Program program, LocalDate entryDate, LocalDate exitDate) {}

    /** One service of an enrollment, for the dates it drives. */
    record ServiceFacts(
            boolean participationLevel,
            boolean keepsExitClock,
            ServiceStatus status,
            LocalDate actualStart,
            LocalDate actualEnd,
            boolean voided) {}

    private ServiceRecordRules() {}

    /**
     * The rule each field breaks, by field name; empty when the service may be saved.
     *
     * @param code the code named, null when there is none by that id
     * @param keptCode the service already names this code (a change): a code deactivated since stays
     */
    static Map<String, String> check(
            ServiceRecordInput input,
            String participantState,
            CodeFacts code,
            boolean keptCode,
            EnrollmentFacts enrollment,
            LocalDate today) {
        return english(checkTexts(input, participantState, code, keptCode, enrollment, today));
    }

    /** {@link #check}, as texts of the feature's bundle so that a page reads them in its language. */
    static Map<String, Text> checkTexts(
            ServiceRecordInput input,
            String participantState,
            CodeFacts code,
            boolean keptCode,
            EnrollmentFacts enrollment,
            LocalDate today) {
        Map<String, Text> errors = new LinkedHashMap<>();
        statusAndDates(input, today, errors);
        code(input, participantState, code, keptCode, enrollment, errors);
        if (enrollment != null) {
            period(input, code, enrollment, errors);
        }
        funding(input, code, errors);
        cost("plannedCost", input.plannedCost(), errors);
        cost("actualCost", input.actualCost(), errors);
        length("provider", input.provider(), PROVIDER_LENGTH, errors);
        length("fundingSource", input.fundingSource(), FUNDING_SOURCE_LENGTH, errors);
        length("note", input.note(), NOTE_LENGTH, errors);
        return errors;
    }

    /** The status and its dates, as the table's CHECK constraints have them (V16). */
    static void statusAndDates(ServiceRecordInput input, LocalDate today, Map<String, Text> errors) {
        ServiceStatus status = input.status();
        if (status == null) {
            errors.put("status", Text.of("services.status.required"));
        } else if (status == ServiceStatus.PLANNED) {
            if (input.plannedStart() == null) {
                errors.put("plannedStart", Text.of("services.plannedStart.required"));
            }
            if (input.actualStart() != null) {
                errors.put("actualStart", Text.of("services.planned.notStarted"));
            }
            if (input.actualEnd() != null) {
                errors.put("actualEnd", Text.of("services.planned.notEnded"));
            }
        } else if (status == ServiceStatus.IN_PROGRESS) {
            if (input.actualStart() == null) {
                errors.put("actualStart", Text.of("services.inProgress.started"));
            }
            if (input.actualEnd() != null) {
                errors.put("actualEnd", Text.of("services.inProgress.notEnded"));
            }
        } else if (status.isCompleted()) {
            if (input.actualStart() == null) {
                errors.put("actualStart", Text.of("services.completed.started"));
            }
            if (input.actualEnd() == null) {
                errors.put("actualEnd", Text.of("services.completed.ended"));
            }
        }
        if (input.plannedStart() != null
                && input.plannedEnd() != null
                && input.plannedEnd().isBefore(input.plannedStart())) {
            errors.putIfAbsent("plannedEnd", Text.of("services.plannedEnd.beforeStart"));
        }
        if (input.actualEnd() != null && input.actualStart() == null) {
            errors.putIfAbsent("actualStart", Text.of("services.ended.started"));
        }
        if (input.actualStart() != null
                && input.actualEnd() != null
                && input.actualEnd().isBefore(input.actualStart())) {
            errors.putIfAbsent("actualEnd", Text.of("services.actualEnd.beforeStart"));
        }
        if (input.actualStart() != null && input.actualStart().isAfter(today)) {
            errors.putIfAbsent("actualStart", Text.of("services.actualStart.future"));
        }
        if (input.actualEnd() != null && input.actualEnd().isAfter(today)) {
            errors.putIfAbsent("actualEnd", Text.of("services.actualEnd.future"));
        }
    }

    private static void code(
            ServiceRecordInput input,
            String participantState,
            CodeFacts code,
            boolean keptCode,
            EnrollmentFacts enrollment,
            Map<String, Text> errors) {
        if (input.serviceCodeId() == null) {
            errors.put("serviceCodeId", Text.of("services.code.required"));
        } else if (code == null) {
            errors.put("serviceCodeId", Text.of("services.code.notFound", input.serviceCodeId()));
        } else if (!code.state().equals(participantState)) {
            errors.put(
                    "serviceCodeId", Text.of("services.code.otherState", code.code(), code.state(), participantState));
        } else if (!code.active() && !keptCode) {
            errors.put("serviceCodeId", Text.of("services.code.deactivated", code.code()));
        } else if (enrollment != null && !code.programs().contains(enrollment.program())) {
            errors.put(
                    "serviceCodeId",
                    Text.of("services.code.notFundedByEnrollment", programText(enrollment.program()), code.code()));
        }
    }

    /**
     * Services fall inside the enrollment's period of participation: from entry, which rests on an
     * eligible determination (20 CFR 677.150(a)), to exit (20 CFR 677.150(c)). Only follow-up
     * services come after exit (20 CFR 680.150(b), 681.580); anything else after exit starts a new
     * period of participation, which is a new enrollment (TEGL 10-16, Change 1).
     */
    private static void period(
            ServiceRecordInput input, CodeFacts code, EnrollmentFacts enrollment, Map<String, Text> errors) {
        LocalDate entry = enrollment.entryDate();
        for (String field : new String[] {"plannedStart", "actualStart"}) {
            LocalDate day = "plannedStart".equals(field) ? input.plannedStart() : input.actualStart();
            if (day != null && day.isBefore(entry)) {
                errors.putIfAbsent(field, Text.of("services.beforeEntry", DAY.format(entry)));
            }
        }
        LocalDate exit = enrollment.exitDate();
        boolean followUp = code != null && code.category() == ServiceCategory.FOLLOW_UP;
        if (exit == null || followUp) {
            return;
        }
        String[] fields = {"plannedStart", "plannedEnd", "actualStart", "actualEnd"};
        LocalDate[] days = {input.plannedStart(), input.plannedEnd(), input.actualStart(), input.actualEnd()};
        for (int i = 0; i < fields.length; i++) {
            if (days[i] != null && days[i].isAfter(exit)) {
                errors.putIfAbsent(fields[i], Text.of("services.afterExit", DAY.format(exit)));
                return;
            }
        }
    }

    private static void funding(ServiceRecordInput input, CodeFacts code, Map<String, Text> errors) {
        boolean source = input.fundingSource() != null && !input.fundingSource().isBlank();
        if (input.fundingProgram() != null && source) {
            errors.put("fundingSource", Text.of("services.funding.both"));
        } else if (input.fundingProgram() != null
                && code != null
                && !code.programs().contains(input.fundingProgram())) {
            errors.put(
                    "fundingProgram",
                    Text.of("services.fundingProgram.notFunding", programText(input.fundingProgram()), code.code()));
        }
    }

    private static void cost(String field, BigDecimal cost, Map<String, Text> errors) {
        if (cost == null) {
            return;
        }
        if (cost.signum() < 0) {
            errors.put(field, Text.of("services.cost.negative"));
        } else if (cost.stripTrailingZeros().scale() > 2) {
            errors.put(field, Text.of("services.cost.cents"));
        } else if (cost.compareTo(MAX_COST) > 0) {
            errors.put(field, Text.of("services.cost.max"));
        }
    }

    private static void length(String field, String text, int max, Map<String, Text> errors) {
        if (text != null && text.strip().length() > max) {
            errors.put(field, Text.of("services.length", max));
        }
    }

    /** A void's reason: required, and it fits its column. */
    static Map<String, String> checkVoidReason(String reason) {
        return english(checkVoidReasonTexts(reason));
    }

    /** {@link #checkVoidReason}, as texts. */
    static Map<String, Text> checkVoidReasonTexts(String reason) {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (reason == null || reason.isBlank()) {
            errors.put("reason", Text.of("services.void.reason.required"));
        } else {
            length("reason", reason, VOID_REASON_LENGTH, errors);
        }
        return errors;
    }

    /**
     * The participation date: the first actual start of a participation-level service that stands
     * (20 CFR 677.150(a)); null while there is none.
     */
    static LocalDate participationDate(Collection<ServiceFacts> services) {
        return services.stream()
                .filter(s -> !s.voided() && s.participationLevel())
                .map(ServiceFacts::actualStart)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    /**
     * The last service for exit: the latest actual end of a delivered service whose code keeps the
     * exit clock running (20 CFR 677.150(c)(1)). A voided service or one not completed keeps none.
     */
    static LocalDate lastServiceDate(Collection<ServiceFacts> services) {
        return services.stream()
                .filter(s -> !s.voided() && s.keepsExitClock() && s.status() != ServiceStatus.NOT_COMPLETED)
                .map(ServiceFacts::actualEnd)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    /** What {@link #servicesEnd} answers for a service that counts and has no end yet. */
    static final LocalDate NO_END = LocalDate.of(9999, 12, 31);

    /**
     * The latest end of the services that count for exit (participation level, keeping the exit
     * clock, standing, not "not completed": 20 CFR 677.150(c)(1)), {@link #NO_END} while one is
     * planned or going on; null when there is none. An enrollment whose value is after a day had a
     * service not delivered on that day, so no exit falls due (TEGL 10-16, Change 1).
     */
    static LocalDate servicesEnd(Collection<ServiceFacts> services) {
        return services.stream()
                .filter(s -> !s.voided()
                        && s.participationLevel()
                        && s.keepsExitClock()
                        && s.status() != ServiceStatus.NOT_COMPLETED)
                .map(s -> s.actualEnd() == null ? NO_END : s.actualEnd())
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    /** The messages in English, as the REST API and the tests read them. */
    static Map<String, String> english(Map<String, Text> texts) {
        Map<String, String> read = new LinkedHashMap<>();
        texts.forEach((field, text) -> read.put(field, text.english()));
        return read;
    }

    /** The program's name as a text: "Adult", "Adultos". */
    static Text programText(Program program) {
        return Text.of("services.program." + program.name());
    }
}
