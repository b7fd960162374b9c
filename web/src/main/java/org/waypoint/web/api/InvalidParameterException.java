package org.waypoint.web.api;

import java.util.Map;

/**
 * A query parameter that cannot be read as its type. JAX-RS answers such a parameter with 404 (the
 * specification's rule for query and path parameters), which tells a client the address is wrong
 * when only a value is; this exception carries the parameter's name so that {@link
 * ProblemExceptionMapper} answers 400 naming it, wherever the JAX-RS runtime wraps it.
 */
public class InvalidParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> errors;

    public InvalidParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.errors = Map.of(parameter, message);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
