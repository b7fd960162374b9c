package org.waypoint.service.security;

/** {@link LoginAttemptsCases} on H2, the embedded database. */
class LoginAttemptsOnH2Test extends LoginAttemptsCases {

    @Override
    String[] emptyDatabase() {
        return new String[] {"jdbc:h2:mem:logins" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""};
    }

    @Override
    String vendor() {
        return "h2";
    }
}
