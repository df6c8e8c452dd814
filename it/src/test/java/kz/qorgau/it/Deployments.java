package kz.qorgau.it;

import java.io.File;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The demo EAR exactly as the build produced it: the production EAR and the demo module, whose users and schools
 * the tests use. Deployed once for the whole run ({@link SharedDeployment}); a test class declares no deployment of
 * its own unless it must deploy and undeploy the EAR itself.
 */
final class Deployments {

    private Deployments() {
    }

    @Deployment(testable = false)
    static EnterpriseArchive qorgau() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("it.ear")));
    }
}
