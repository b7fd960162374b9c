package org.waypoint.service.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.common.Text;

/**
 * The version history's labels and values read in the page's language (issue 19). A {@link
 * PlanDiff.Change} keeps its English strings (its record components, asserted by tests and read by
 * the API); its texts are read back from its field path and English values, and each text falls back
 * to the English string itself whenever its English reading would differ by a single character, so
 * that English never changes. Values a person typed, dates and amounts stay as they are; Yes/No, the
 * terms, statuses, service types, programs, youth program elements and the fixed words around them
 * are translated.
 */
final class PlanDiffTexts {

    private static final Pattern PATH = Pattern.compile("^(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\. .*$", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("\\d\\d/\\d\\d/\\d{4}");
    private static final Pattern WEEKS = Pattern.compile("^(\\d+) weeks$");
    private static final Pattern LMI_REVIEW = Pattern.compile("^LMI review (\\d+)$");
    private static final Pattern DEVELOPED_ON =
            Pattern.compile("^(.*), developed by (.*) on (\\d\\d/\\d\\d/\\d{4})$", Pattern.DOTALL);
    private static final Pattern DEVELOPED = Pattern.compile("^(.*), developed by (.*)$", Pattern.DOTALL);
    private static final Pattern ON = Pattern.compile("^(.*) on (\\d\\d/\\d\\d/\\d{4})$", Pattern.DOTALL);

    private static final Set<String> YES_NO = Set.of(
            "participantTookPart",
            "needForTraining.lacksMarketableCredential",
            "needForTraining.unlikelyWithoutTraining",
            "needForTraining.needsTraining",
            "needForTraining.hasSkillsToSucceed",
            "youth.nonTraditionalEmployment");

    private PlanDiffTexts() {}

    /** The label, e.g. "Employment goal 1 — justification". */
    static Text label(String field, String label) {
        return checked(label, () -> {
            Matcher m = PATH.matcher(field);
            if (!m.matches()) {
                return null;
            }
            String top = m.group(1);
            String sub = m.group(3);
            if (m.group(2) != null) {
                String n = String.valueOf(Integer.parseInt(m.group(2)) + 1);
                if (sub != null) {
                    return Text.of(
                            "plan.diff.labelPart",
                            Text.of("plan.diff.item." + top, n),
                            Text.of("plan.diff.field." + top + "." + sub));
                }
                if (label.endsWith(" added")) {
                    return Text.of("plan.diff.added." + top, n);
                }
                if (label.endsWith(" removed")) {
                    return Text.of("plan.diff.removed." + top, n);
                }
                return Text.of("plan.diff.item." + top, n);
            }
            if (sub == null) {
                return Text.of("plan.diff.label." + top);
            }
            if (field.equals("youth.programElements")) {
                return Text.of("plan.diff.label.youthProgramElements");
            }
            return Text.of(
                    "plan.diff.labelPart",
                    Text.of("plan.diff.label." + top),
                    Text.of("plan.diff.field." + top + "." + sub));
        });
    }

    /** A value as the change holds it ("Yes", "3. Paid and unpaid work experience", a typed text). */
    static Text value(String field, String label, String value, boolean list) {
        if (value.isEmpty()) {
            return Text.literal(value);
        }
        return checked(value, () -> {
            Matcher m = PATH.matcher(field);
            if (!m.matches()) {
                return null;
            }
            String top = m.group(1);
            String sub = m.group(3);
            String kind = sub == null ? top : top + "." + sub;
            if (list) {
                return kind.equals("youth.programElements") ? joined(value, PlanDiffTexts::element) : null;
            }
            if (m.group(2) != null && sub == null && (label.endsWith(" added") || label.endsWith(" removed"))) {
                return switch (top) {
                    case "goals", "services", "objectives" -> joined(value, PlanDiffTexts::summaryPart);
                    default -> null;
                };
            }
            if (YES_NO.contains(kind)) {
                return yesNo(value);
            }
            return switch (kind) {
                case "goals.term" -> term(value);
                case "objectives.status" -> status(value);
                case "services.type" -> serviceType(value);
                case "services.program" -> program(value);
                case "services.programElement" -> element(value);
                case "trainingPlan.lengthWeeks" -> weeks(value);
                case "lmiReviewId" -> lmiReview(value);
                case "youth.reuse" -> joined(value, PlanDiffTexts::strategyPart);
                default -> null;
            };
        });
    }

    /** The text, unless its English is not exactly {@code english} (or a key is missing): then the English as it is. */
    private static Text checked(String english, java.util.function.Supplier<Text> text) {
        try {
            Text t = text.get();
            if (t != null && english.equals(t.english())) {
                return t;
            }
        } catch (RuntimeException e) {
            // an unknown field or key: the English reads as it is
        }
        return Text.literal(english);
    }

    /** Parts joined by "; " as the English joins them, each read by {@code part} (or as it is). */
    private static Text joined(String value, Function<String, Text> part) {
        Text text = null;
        for (String p : value.split("; ", -1)) {
            Text read = part.apply(p);
            Text t = read != null && p.equals(read.english()) ? read : Text.literal(p);
            text = text == null ? t : Text.of("plan.diff.join", text, t);
        }
        return text;
    }

    private static Text yesNo(String value) {
        return switch (value) {
            case "Yes" -> Text.of("plan.diff.yes");
            case "No" -> Text.of("plan.diff.no");
            default -> null;
        };
    }

    private static Text term(String value) {
        for (PlanContent.Term t : PlanContent.Term.values()) {
            if (PlanText.term(t).equals(value)) {
                return Text.of("plan.diff.term." + t.name());
            }
        }
        return null;
    }

    private static Text status(String value) {
        for (ObjectiveStatus s : ObjectiveStatus.values()) {
            if (PlanText.status(s).equals(value)) {
                return Text.of("plan.diff.status." + s.name());
            }
        }
        return null;
    }

    private static Text serviceType(String value) {
        for (ServiceType t : ServiceType.values()) {
            if (t.label().equals(value)) {
                return Text.of("plan.diff.serviceType." + t.name());
            }
        }
        return null;
    }

    private static Text program(String value) {
        for (Program p : Program.values()) {
            if (PlanText.program(p).equals(value)) {
                return Text.of("plan.diff.program." + p.name());
            }
        }
        return null;
    }

    /** "3. Paid and unpaid work experience", or a number that is not one of the 14. */
    static Text element(String value) {
        Matcher m = NUMBERED.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        return YouthProgramElement.of(n)
                .map(e -> Text.of("plan.diff.numbered", e.number(), Text.of("plan.diff.element." + e.number())))
                .orElse(Text.of("plan.diff.element.unknown", n));
    }

    private static Text weeks(String value) {
        if (value.equals("1 week")) {
            return Text.of("plan.diff.week");
        }
        Matcher m = WEEKS.matcher(value);
        return m.matches() ? Text.of("plan.diff.weeks", m.group(1)) : null;
    }

    private static Text lmiReview(String value) {
        Matcher m = LMI_REVIEW.matcher(value);
        return m.matches() ? Text.of("plan.diff.lmiReview", m.group(1)) : null;
    }

    /** One part of a goal, service or objective in one line (see PlanText.goal, service, objective). */
    private static Text summaryPart(String part) {
        int colon = part.indexOf(": ");
        if (colon > 0) {
            String head = part.substring(0, colon);
            Text prefix = term(head);
            if (prefix == null) {
                prefix = serviceType(head);
            }
            if (prefix != null) {
                return Text.of("plan.diff.prefixed", prefix, part.substring(colon + 2));
            }
        }
        if (part.startsWith("cluster ")) {
            return Text.of("plan.diff.summary.cluster", part.substring("cluster ".length()));
        }
        if (part.startsWith("planned cost ")) {
            return Text.of("plan.diff.summary.plannedCost", part.substring("planned cost ".length()));
        }
        if (part.startsWith("planned ")) {
            Text period = period(part.substring("planned ".length()));
            return period == null ? null : Text.of("plan.diff.summary.planned", period);
        }
        if (part.startsWith("measure: ")) {
            return Text.of("plan.diff.summary.measure", part.substring("measure: ".length()));
        }
        if (part.startsWith("by ") && DATE.matcher(part.substring(3)).matches()) {
            return Text.of("plan.diff.summary.by", part.substring(3));
        }
        return status(part);
    }

    /** "12/01/2026 to 06/30/2027", "from 12/01/2026", "until 06/30/2027" (PlanText.period). */
    private static Text period(String period) {
        String[] both = period.split(" to ", -1);
        if (both.length == 2
                && DATE.matcher(both[0]).matches()
                && DATE.matcher(both[1]).matches()) {
            return Text.of("plan.diff.period", both[0], both[1]);
        }
        if (period.startsWith("from ") && DATE.matcher(period.substring(5)).matches()) {
            return Text.of("plan.diff.period.from", period.substring(5));
        }
        if (period.startsWith("until ") && DATE.matcher(period.substring(6)).matches()) {
            return Text.of("plan.diff.period.until", period.substring(6));
        }
        return null;
    }

    /** One part of a reused strategy in one line (PlanText.recentStrategy). */
    private static Text strategyPart(String part) {
        if (part.equals("no copy attached")) {
            return Text.of("plan.diff.strategy.noCopy");
        }
        if (part.startsWith("copy attached: ")) {
            return Text.of("plan.diff.strategy.copy", part.substring("copy attached: ".length()));
        }
        if (part.startsWith("determination: ")) {
            return Text.of("plan.diff.strategy.determination", part.substring("determination: ".length()));
        }
        Matcher m = DEVELOPED_ON.matcher(part);
        if (m.matches()) {
            return Text.of("plan.diff.strategy.developedOn", m.group(1), m.group(2), m.group(3));
        }
        m = DEVELOPED.matcher(part);
        if (m.matches()) {
            return Text.of("plan.diff.strategy.developed", m.group(1), m.group(2));
        }
        m = ON.matcher(part);
        if (m.matches()) {
            return Text.of("plan.diff.strategy.on", m.group(1), m.group(2));
        }
        return null;
    }

    /** The sentence of a change (see {@link PlanDiff.Change#words()}). */
    static Text words(PlanDiff.Change c) {
        return checked(c.words(), () -> {
            Text label = c.labelText();
            if (c.list()) {
                List<Text> parts = new ArrayList<>();
                if (!c.after().isEmpty()) {
                    parts.add(Text.of("plan.diff.words.added", c.afterText()));
                }
                if (!c.before().isEmpty()) {
                    parts.add(Text.of("plan.diff.words.removed", c.beforeText()));
                }
                Text what = parts.isEmpty()
                        ? Text.literal("")
                        : parts.size() == 1 ? parts.get(0) : Text.of("plan.diff.join", parts.get(0), parts.get(1));
                return Text.of("plan.diff.words.colon", label, what);
            }
            if (c.label().endsWith(" added") || c.label().endsWith(" removed")) {
                return Text.of("plan.diff.words.colon", label, c.after().isEmpty() ? c.beforeText() : c.afterText());
            }
            if (c.before().isEmpty()) {
                return Text.of("plan.diff.words.set", label, c.afterText());
            }
            if (c.after().isEmpty()) {
                return Text.of("plan.diff.words.cleared", label, c.beforeText());
            }
            return Text.of("plan.diff.words.changed", label, c.beforeText(), c.afterText());
        });
    }
}
