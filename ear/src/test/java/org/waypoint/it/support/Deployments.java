package org.waypoint.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.waypoint.it.arquillian.SharedDeployment;

/**
 * The archives the integration tests deploy: always the real EAR the build produced, so the tests
 * run what an agency deploys. In-container tests add a small WAR with the test classes, the run-as
 * identities and the fixture.
 */
public final class Deployments {

    private static final String WEB_MODULE = "waypoint-web.war";

    private Deployments() {}

    /**
     * The EAR as built, with the test fixture, the run-as identities and the probe added to its web
     * module: for tests that act as a client (REST, browser). The fixture guarantees the accounts and
     * participants the tests use on any database.
     */
    public static EnterpriseArchive ear() {
        EnterpriseArchive ear = withSupport(null);
        // the same archive for every client-side class: deployed once (SharedDeployment)
        ear.add(EmptyAsset.INSTANCE, SharedDeployment.MARKER);
        return ear;
    }

    /** As {@link #ear()}, plus {@code testClass} itself for tests that run inside the server. */
    public static EnterpriseArchive earWithTests(Class<?> testClass) {
        return withSupport(testClass);
    }

    /**
     * The test classes go into the application's own WAR (one WAR, so Arquillian's servlet protocol
     * knows where to run them); EJBs among them are deployed as EJBs of the web module.
     */
    private static EnterpriseArchive withSupport(Class<?> testClass) {
        String path = System.getProperty("waypoint.ear", "target/waypoint.ear");
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "waypoint.ear")
                .importFrom(new File(path))
                .as(EnterpriseArchive.class);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addPackage(Deployments.class.getPackage()).addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        if (testClass != null) {
            web.addClass(testClass);
            openTestRunner(web);
        }
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    /**
     * Every page of Waypoint requires a signed-in user; Arquillian's test runner servlet must be
     * reachable without one, in the test deployment only.
     */
    private static void openTestRunner(WebArchive web) {
        String webXml;
        try (var in = web.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String runner =
                """
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>Arquillian test runner</web-resource-name>
                            <url-pattern>/ArquillianServletRunner</url-pattern>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-app>
                """;
        web.delete("WEB-INF/web.xml");
        web.addAsWebInfResource(
                new org.jboss.shrinkwrap.api.asset.StringAsset(webXml.replace("</web-app>", runner)), "web.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
