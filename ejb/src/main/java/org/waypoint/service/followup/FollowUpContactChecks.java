package org.waypoint.service.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.waypoint.persistence.followup.ContactOutcome;
import org.waypoint.persistence.followup.EmploymentStatus;
import org.waypoint.service.common.Text;

/**
 * The rules a follow-up contact's input must meet, field by field, before anything is written;
 * plain Java so each is tested on its own. Limits equal the columns of V20 (employer 200, SOC 10,
 * wage NUMERIC(7, 2), hours NUMERIC(4, 1), note 2000, void reason 500).
 */
final class FollowUpContactChecks {

    static final int EMPLOYER_LENGTH = 200;
    static final int NOTE_LENGTH = 2000;
    static final int REASON_LENGTH = 500;
    static final BigDecimal MAX_WAGE = new BigDecimal("99999.99");
    static final BigDecimal MAX_HOURS = new BigDecimal("168");
    static final int MAX_SERVICES = 10;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    /** The period a contact is for. */
    record PeriodFacts(LocalDate exitDate, LocalDate endsOn, boolean youth) {}

    private FollowUpContactChecks() {}

    /**
     * The rule each field breaks, by field name; empty when the contact may be saved.
     *
     * @param knownSoc whether a well-formed SOC code is on the LMI occupation list
     */
    static Map<String, String> check(
            FollowUpContactInput input, PeriodFacts period, LocalDate today, Predicate<String> knownSoc) {
        return english(checkTexts(input, period, today, knownSoc));
    }

    /** {@link #check}, as texts of the feature's bundle so that a page reads them in its language. */
    static Map<String, Text> checkTexts(
            FollowUpContactInput input, PeriodFacts period, LocalDate today, Predicate<String> knownSoc) {
        Map<String, Text> errors = new LinkedHashMap<>();
        contactDate(input.contactDate(), period, today, errors);
        if (input.method() == null) {
            errors.put("method", Text.of("followup.method.required"));
        }
        if (input.outcome() == null) {
            errors.put("outcome", Text.of("followup.outcome.required"));
        }
        boolean reached = input.outcome() == ContactOutcome.REACHED;
        if (!reached) {
            onlyWhenReached(input, errors);
        } else {
            employment(input, today, knownSoc, errors);
        }
        if (input.youthPlacement() != null && !period.youth()) {
            errors.putIfAbsent("youthPlacement", Text.of("followup.youthPlacement.youthOnly"));
        }
        if (input.note() != null && input.note().strip().length() > NOTE_LENGTH) {
            errors.put("note", Text.of("followup.length", NOTE_LENGTH));
        }
        services(input, period, today, errors);
        if (input.version() == null) {
            errors.put("version", Text.of("followup.version.required"));
        }
        return errors;
    }

    /** A contact is dated from exit to today and no later than the period's end (TEGL 10-16 Ch. 1 quarters). */
    private static void contactDate(LocalDate date, PeriodFacts period, LocalDate today, Map<String, Text> errors) {
        if (date == null) {
            errors.put("contactDate", Text.of("followup.contactDate.required"));
        } else if (date.isBefore(period.exitDate())) {
            errors.put("contactDate", Text.of("followup.contactDate.beforeExit", DAY.format(period.exitDate())));
        } else if (date.isAfter(today)) {
            errors.put("contactDate", Text.of("followup.contactDate.future"));
        } else if (date.isAfter(period.endsOn())) {
            errors.put("contactDate", Text.of("followup.contactDate.afterEnd", DAY.format(period.endsOn())));
        }
    }

    private static void onlyWhenReached(FollowUpContactInput input, Map<String, Text> errors) {
        Text why = Text.of("followup.reachedOnly");
        Object[] values = {
            input.employmentStatus(),
            blankToNull(input.employer()),
            input.employmentStart(),
            blankToNull(input.socCode()),
            input.hourlyWage(),
            input.weeklyHours(),
            input.verification(),
            input.youthPlacement()
        };
        String[] fields = {
            "employmentStatus",
            "employer",
            "employmentStart",
            "socCode",
            "hourlyWage",
            "weeklyHours",
            "verification",
            "youthPlacement"
        };
        for (int i = 0; i < fields.length; i++) {
            if (values[i] != null) {
                errors.put(fields[i], why);
            }
        }
        if (input.services() != null && !input.services().isEmpty()) {
            errors.put("services", Text.of("followup.services.reachedOnly"));
        }
    }

    private static void employment(
            FollowUpContactInput input, LocalDate today, Predicate<String> knownSoc, Map<String, Text> errors) {
        boolean employed = input.employmentStatus() == EmploymentStatus.EMPLOYED;
        if (!employed) {
            Text why = Text.of("followup.employedOnly");
            Object[] values = {
                blankToNull(input.employer()), input.employmentStart(), blankToNull(input.socCode()),
                input.hourlyWage(), input.weeklyHours(), input.verification()
            };
            String[] fields = {"employer", "employmentStart", "socCode", "hourlyWage", "weeklyHours", "verification"};
            for (int i = 0; i < fields.length; i++) {
                if (values[i] != null) {
                    errors.put(fields[i], why);
                }
            }
            return;
        }
        if (input.verification() == null) {
            errors.put("verification", Text.of("followup.verification.required"));
        }
        if (input.employer() != null && input.employer().strip().length() > EMPLOYER_LENGTH) {
            errors.put("employer", Text.of("followup.length", EMPLOYER_LENGTH));
        }
        if (input.employmentStart() != null
                && input.contactDate() != null
                && input.employmentStart().isAfter(input.contactDate())) {
            errors.put("employmentStart", Text.of("followup.employmentStart.afterContact"));
        } else if (input.employmentStart() != null && input.employmentStart().isAfter(today)) {
            errors.put("employmentStart", Text.of("followup.employmentStart.future"));
        }
        String soc = blankToNull(input.socCode());
        if (soc != null) {
            String code = normalisedSoc(soc);
            if (code == null) {
                errors.put("socCode", Text.of("followup.soc.malformed", soc.strip()));
            } else if (!knownSoc.test(code)) {
                errors.put("socCode", Text.of("followup.soc.unknown", code));
            }
        }
        BigDecimal wage = input.hourlyWage();
        if (wage != null && (wage.signum() < 0 || wage.compareTo(MAX_WAGE) > 0)) {
            errors.put("hourlyWage", Text.of("followup.wage.range", MAX_WAGE));
        } else if (wage != null && wage.stripTrailingZeros().scale() > 2) {
            errors.put("hourlyWage", Text.of("followup.wage.cents"));
        }
        BigDecimal hours = input.weeklyHours();
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0)) {
            errors.put("weeklyHours", Text.of("followup.hours.range"));
        } else if (hours != null && hours.stripTrailingZeros().scale() > 1) {
            errors.put("weeklyHours", Text.of("followup.hours.decimal"));
        }
    }

    /** Each service: a code and a day from exit to today, within the period; named by its row. */
    private static void services(
            FollowUpContactInput input, PeriodFacts period, LocalDate today, Map<String, Text> errors) {
        List<FollowUpServiceInput> services = input.services() == null ? List.of() : input.services();
        if (services.size() > MAX_SERVICES) {
            errors.put("services", Text.of("followup.services.max", MAX_SERVICES));
            return;
        }
        for (int i = 0; i < services.size(); i++) {
            FollowUpServiceInput service = services.get(i);
            String prefix = "services[" + i + "].";
            if (service == null || service.serviceCodeId() == null) {
                errors.put(prefix + "serviceCodeId", Text.of("followup.service.code.required"));
            }
            LocalDate day = service == null ? null : service.serviceDate();
            if (day == null) {
                errors.put(prefix + "serviceDate", Text.of("followup.service.date.required"));
            } else if (day.isBefore(period.exitDate()) || day.isAfter(today) || day.isAfter(period.endsOn())) {
                errors.put(
                        prefix + "serviceDate", Text.of("followup.service.date.range", DAY.format(period.exitDate())));
            }
        }
    }

    /** The void reason: required, at most 500 characters. */
    static Map<String, String> checkReason(String reason) {
        return english(checkReasonTexts(reason));
    }

    /** {@link #checkReason}, as texts. */
    static Map<String, Text> checkReasonTexts(String reason) {
        if (reason == null || reason.isBlank()) {
            return Map.of("reason", Text.of("followup.reason.required"));
        }
        if (reason.strip().length() > REASON_LENGTH) {
            return Map.of("reason", Text.of("followup.length", REASON_LENGTH));
        }
        return Map.of();
    }

    /** The messages in English, as the REST API and the tests read them. */
    static Map<String, String> english(Map<String, Text> texts) {
        Map<String, String> read = new LinkedHashMap<>();
        texts.forEach((field, text) -> read.put(field, text.english()));
        return read;
    }

    /** 31-9091 (also 319091 or the O*NET 31-9091.00), or null when it is no SOC code. */
    static String normalisedSoc(String soc) {
        String code = soc.strip();
        if (code.matches("\\d{6}")) {
            code = code.substring(0, 2) + "-" + code.substring(2);
        }
        if (code.matches("\\d{2}-\\d{4}\\.\\d{2}")) {
            code = code.substring(0, 7);
        }
        return code.matches("\\d{2}-\\d{4}") ? code : null;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
