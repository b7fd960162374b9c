package org.waypoint.service.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns Bean Validation violations into an {@link InvalidInputException} before anything is
 * written, so a service answers bad input with field names instead of a rolled-back flush.
 */
public final class BeanValidation {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    /**
     * The same constraints with their messages read from {@code ValidationMessages_es}, asked only
     * when a check failed, so that a page in Spanish shows them in Spanish (issue 19).
     */
    private static final Validator SPANISH = spanishValidator();

    private BeanValidation() {}

    private static Validator spanishValidator() {
        jakarta.validation.Configuration<?> configuration =
                Validation.byDefaultProvider().configure();
        jakarta.validation.MessageInterpolator interpolator = configuration.getDefaultMessageInterpolator();
        java.util.Locale spanish = java.util.Locale.forLanguageTag("es");
        return configuration
                .messageInterpolator(new jakarta.validation.MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                        return interpolator.interpolate(template, context, spanish);
                    }

                    @Override
                    public String interpolate(String template, Context context, java.util.Locale locale) {
                        return interpolator.interpolate(template, context, spanish);
                    }
                })
                .buildValidatorFactory()
                .getValidator();
    }

    /** Each violation's message in English and Spanish, the Spanish found by path and template. */
    private static <T> Text text(ConstraintViolation<T> v, Set<ConstraintViolation<T>> spanish) {
        String es = spanish.stream()
                .filter(s -> s.getPropertyPath()
                                .toString()
                                .equals(v.getPropertyPath().toString())
                        && s.getMessageTemplate().equals(v.getMessageTemplate()))
                .map(ConstraintViolation::getMessage)
                .findFirst()
                .orElse(v.getMessage());
        return Text.translated(v.getMessage(), es);
    }

    public static <T> T requireValid(T object) {
        if (object == null) {
            return null;
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(object);
        if (!violations.isEmpty()) {
            Set<ConstraintViolation<T>> spanish = SPANISH.validate(object);
            Map<String, Text> errors = new LinkedHashMap<>();
            violations.stream()
                    .sorted((a, b) -> a.getPropertyPath()
                            .toString()
                            .compareTo(b.getPropertyPath().toString()))
                    .forEach(v -> errors.putIfAbsent(field(v.getPropertyPath().toString()), text(v, spanish)));
            throw InvalidInputException.texts(errors);
        }
        return object;
    }

    /**
     * Checks a service's input record (its constraints are its columns', issue 18) and then the
     * entities it fills, so that nothing reaches the EntityManager that the flush would refuse.
     */
    public static void requireValid(Object first, Object... more) {
        requireValid(first);
        for (Object each : more) {
            requireValid(each);
        }
    }

    /**
     * Checks all of them and refuses once, naming every field any of them got wrong (the first
     * message of a field wins): for an input whose entity carries checks of its own (a CIP code's
     * form), so that one answer names both the input's limits and the entity's rules.
     */
    public static void requireAllValid(Object... objects) {
        Map<String, Text> errors = new LinkedHashMap<>();
        for (Object each : objects) {
            try {
                requireValid(each);
            } catch (InvalidInputException e) {
                e.getFieldTexts().forEach(errors::putIfAbsent);
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
    }

    /** "objectives[0].<list element>" (a container element) names the element: "objectives[0]". */
    static String field(String path) {
        return path.replace(".<list element>", "")
                .replace(".<iterable element>", "")
                .replace(".<map value>", "");
    }

    /**
     * Checks one value against the constraints of {@code type}'s {@code property}, for a service that
     * changes one field (an LWDA's ITA cap) and should say so in the entity's own words.
     */
    public static <T> void requireValidValue(Class<T> type, String property, Object value) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validateValue(type, property, value);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(
                    property, text(violations.iterator().next(), SPANISH.validateValue(type, property, value)));
        }
    }
}
