package org.waypoint.it.support;

import java.util.concurrent.Callable;

/** Runs service calls as one staff identity, the way a signed-in user's calls reach the EJBs. */
public interface Actor {

    <T> T call(Callable<T> work) throws Exception;

    default void run(ThrowingRunnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** A {@link Runnable} that may throw, for assertions on service calls. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
