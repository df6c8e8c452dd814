package kz.qorgau.it;

import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One deployment of the EAR for the whole run instead of one per test class: every test is a client of the server
 * (it speaks HTTP and SQL), so nothing ties a deployment to a class, and deploying the EAR took about 7 s a class.
 * Arquillian still starts and stops WildFly. A class without a {@code @Deployment} of its own works on the EAR that
 * {@link Deployments#qorgau()} describes, deployed when the first such class starts and undeployed when the run ends.
 * A class with deployments of its own (a key rotation needs a restart, {@code ConfidentialNotesIT}) gets the server
 * to itself: the shared EAR is undeployed before it and deployed again for the next class that needs it.
 * Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Controller.class);
    }

    public static class Controller {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<ContainerRegistry> containers;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployDeployment> undeploy;

        /** Made once, from {@link Deployments}, then handed to every class that has no deployment of its own. */
        private DeploymentScenario shared;

        public void scenarioOfTheClass(@Observes EventContext<GenerateDeployment> event) {
            if (hasOwnDeployments(event.getEvent().getTestClass())) {
                event.proceed();
                return;
            }
            if (shared == null) {
                generate.fire(new GenerateDeployment(new TestClass(Deployments.class)));
                shared = scenario.get();
            }
            scenario.set(shared);
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (scenario.get() != shared) {
                undeployShared();
                event.proceed();
            } else if (!shared.deployments().stream().allMatch(Deployment::isDeployed)) {
                event.proceed();
            }
        }

        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (scenario.get() != shared) {
                event.proceed();
            }
        }

        /** Before the containers stop (precedence above Arquillian's own observer of the event). */
        public void undeployAtTheEnd(@Observes(precedence = 10) AfterSuite event) {
            undeployShared();
        }

        private void undeployShared() {
            if (shared == null) {
                return;
            }
            for (Deployment deployment : shared.deployedDeploymentsInUnDeployOrder()) {
                Container container = containers.get().getContainer(deployment.getDescription().getTarget());
                if (container.getState() == Container.State.STARTED) {
                    undeploy.fire(new UnDeployDeployment(container, deployment));
                }
            }
        }

        private static boolean hasOwnDeployments(TestClass testClass) {
            return testClass.getMethods(org.jboss.arquillian.container.test.api.Deployment.class).length > 0;
        }
    }
}
