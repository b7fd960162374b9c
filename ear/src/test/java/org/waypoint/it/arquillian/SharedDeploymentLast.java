package org.waypoint.it.arquillian;

import java.lang.reflect.Method;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the integration test classes: first those that start servers of their own (no
 * Arquillian deployment: they copy the test server while nothing is deployed on it), then those
 * that run inside the server (each deploys the EAR with its own class), last the client-side ones
 * that share one deployment ({@link SharedDeployment}), so that it is deployed once. By name within
 * each group. Set in src/test/resources/junit-platform.properties.
 */
public class SharedDeploymentLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparingInt((ClassDescriptor d) -> group(d.getTestClass()))
                        .thenComparing(d -> d.getTestClass().getName()));
    }

    private static int group(Class<?> testClass) {
        for (Method method : testClass.getDeclaredMethods()) {
            Deployment deployment = method.getAnnotation(Deployment.class);
            if (deployment != null) {
                return deployment.testable() ? 1 : 2;
            }
        }
        return 0;
    }
}
