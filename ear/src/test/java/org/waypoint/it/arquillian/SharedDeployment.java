package org.waypoint.it.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the EAR that the client-side tests share ({@code Deployments.ear()}, marked with {@link
 * #MARKER}) once, and keeps it deployed from one test class to the next, instead of Arquillian's
 * undeploy and deploy around every class: the same archive, so the same application, about 15 s
 * saved per class. Any other deployment (a test running inside the server adds its own class, and
 * a test of in-memory state asks for an EAR of its own) first undeploys the kept one; the next
 * shared class deploys it again. The kept EAR is undeployed before the server stops, so the
 * server's configuration never names it. Test-only: registered by the test class path's
 * META-INF/services, never in the EAR.
 */
public class SharedDeployment implements LoadableExtension {

    /** The entry that marks the shared EAR. */
    public static final String MARKER = "META-INF/waypoint-it-shared-deployment";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /**
     * Arquillian's deploy and undeploy of each class, intercepted inside the deployment's context
     * (precedence below Arquillian's own handler, which opens it).
     */
    public static class Keeper {

        private static Archive<?> kept;
        private static DeployableContainer<?> keptOn;
        private static ProtocolMetaData keptMetaData;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> metaData;

        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            Deployment given = event.getDeployment();
            boolean shared = isShared(given.getDescription());
            if (shared && kept != null && keptOn == event.getDeployableContainer()) {
                description.set(given.getDescription());
                deployment.set(given);
                if (keptMetaData != null) {
                    metaData.set(keptMetaData);
                }
                given.deployed();
                return;
            }
            undeployKept();
            context.proceed();
            if (shared && given.isDeployed() && !given.hasDeploymentError()) {
                kept = given.getDescription().getArchive();
                keptOn = event.getDeployableContainer();
                keptMetaData = metaData.get();
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            Deployment given = context.getEvent().getDeployment();
            if (isShared(given.getDescription()) && kept != null) {
                given.undeployed();
                return;
            }
            context.proceed();
        }

        public void beforeStop(@Observes BeforeStop event) throws Exception {
            undeployKept();
        }

        private static void undeployKept() throws Exception {
            if (kept != null) {
                Archive<?> archive = kept;
                kept = null;
                keptMetaData = null;
                keptOn.undeploy(archive);
            }
        }

        private static boolean isShared(DeploymentDescription description) {
            return description.isArchiveDeployment()
                    && !description.testable()
                    && description.getArchive().contains(MARKER);
        }
    }
}
