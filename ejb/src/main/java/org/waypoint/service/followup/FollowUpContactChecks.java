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
        Map<String, String> errors = new LinkedHashMap<>();
        contactDate(input.contactDate(), period, today, errors);
        if (input.method() == null) {
            errors.put("method", "Choose how the contact was made.");
        }
        if (input.outcome() == null) {
            errors.put("outcome", "Choose the outcome of the contact.");
        }
        boolean reached = input.outcome() == ContactOutcome.REACHED;
        if (!reached) {
            onlyWhenReached(input, errors);
        } else {
            employment(input, today, knownSoc, errors);
        }
        if (input.youthPlacement() != null && !period.youth()) {
            errors.putIfAbsent(
                    "youthPlacement", "A placement in education or training is recorded for youth exiters only.");
        }
        if (input.note() != null && input.note().strip().length() > NOTE_LENGTH) {
            errors.put("note", "Use at most " + NOTE_LENGTH + " characters.");
        }
        services(input, period, today, errors);
        if (input.version() == null) {
            errors.put("version", "Send the version of the follow-up period you loaded.");
        }
        return errors;
    }

    /** A contact is dated from exit to today and no later than the period's end (TEGL 10-16 Ch. 1 quarters). */
    private static void contactDate(LocalDate date, PeriodFacts period, LocalDate today, Map<String, String> errors) {
        if (date == null) {
            errors.put("contactDate", "Enter the date of the contact.");
        } else if (date.isBefore(period.exitDate())) {
            errors.put(
                    "contactDate",
                    "The contact is before the exit of " + DAY.format(period.exitDate())
                            + ": follow-up comes after exit.");
        } else if (date.isAfter(today)) {
            errors.put("contactDate", "The contact date cannot be after today.");
        } else if (date.isAfter(period.endsOn())) {
            errors.put(
                    "contactDate",
                    "The follow-up period ended on " + DAY.format(period.endsOn())
                            + ": the fourth quarter after exit is its last.");
        }
    }

    private static void onlyWhenReached(FollowUpContactInput input, Map<String, String> errors) {
        String why = "Only a contact that reached the person records this.";
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
            errors.put("services", "Follow-up services are given at a contact that reached the person.");
        }
    }

    private static void employment(
            FollowUpContactInput input, LocalDate today, Predicate<String> knownSoc, Map<String, String> errors) {
        boolean employed = input.employmentStatus() == EmploymentStatus.EMPLOYED;
        if (!employed) {
            String why = "Only an employed exiter's job records this: choose Employed, or leave it empty.";
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
            errors.put(
                    "verification",
                    "Say how the employment was verified: pay stub, employer, UI wage record or"
                            + " self-attestation (TEGL 23-19).");
        }
        if (input.employer() != null && input.employer().strip().length() > EMPLOYER_LENGTH) {
            errors.put("employer", "Use at most " + EMPLOYER_LENGTH + " characters.");
        }
        if (input.employmentStart() != null
                && input.contactDate() != null
                && input.employmentStart().isAfter(input.contactDate())) {
            errors.put("employmentStart", "The job cannot start after the contact that learned of it.");
        } else if (input.employmentStart() != null && input.employmentStart().isAfter(today)) {
            errors.put("employmentStart", "The start date cannot be after today.");
        }
        String soc = blankToNull(input.socCode());
        if (soc != null) {
            String code = normalisedSoc(soc);
            if (code == null) {
                errors.put("socCode", "\"" + soc.strip() + "\" is not a SOC code: use the form 31-9091.");
            } else if (!knownSoc.test(code)) {
                errors.put("socCode", "No occupation of the LMI list has the SOC code " + code + ".");
            }
        }
        BigDecimal wage = input.hourlyWage();
        if (wage != null && (wage.signum() < 0 || wage.compareTo(MAX_WAGE) > 0)) {
            errors.put("hourlyWage", "Enter the hourly wage in dollars, 0 to " + MAX_WAGE + ".");
        } else if (wage != null && wage.stripTrailingZeros().scale() > 2) {
            errors.put("hourlyWage", "Enter the hourly wage in dollars and cents (two decimals at most).");
        }
        BigDecimal hours = input.weeklyHours();
        if (hours != null && (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0)) {
            errors.put("weeklyHours", "Enter the hours a week, more than 0 and at most 168.");
        } else if (hours != null && hours.stripTrailingZeros().scale() > 1) {
            errors.put("weeklyHours", "Enter the hours a week with one decimal at most.");
        }
    }

    /** Each service: a code and a day from exit to today, within the period; named by its row. */
    private static void services(
            FollowUpContactInput input, PeriodFacts period, LocalDate today, Map<String, String> errors) {
        List<FollowUpServiceInput> services = input.services() == null ? List.of() : input.services();
        if (services.size() > MAX_SERVICES) {
            errors.put("services", "Record at most " + MAX_SERVICES + " services with one contact.");
            return;
        }
        for (int i = 0; i < services.size(); i++) {
            FollowUpServiceInput service = services.get(i);
            String prefix = "services[" + i + "].";
            if (service == null || service.serviceCodeId() == null) {
                errors.put(prefix + "serviceCodeId", "Choose the follow-up service.");
            }
            LocalDate day = service == null ? null : service.serviceDate();
            if (day == null) {
                errors.put(prefix + "serviceDate", "Enter the day the service was given.");
            } else if (day.isBefore(period.exitDate()) || day.isAfter(today) || day.isAfter(period.endsOn())) {
                errors.put(
                        prefix + "serviceDate",
                        "Give a day after the exit of " + DAY.format(period.exitDate()) + ", by today and within"
                                + " the follow-up period.");
            }
        }
    }

    /** The void reason: required, at most 500 characters. */
    static Map<String, String> checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return Map.of("reason", "Say why.");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            return Map.of("reason", "Use at most " + REASON_LENGTH + " characters.");
        }
        return Map.of();
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
