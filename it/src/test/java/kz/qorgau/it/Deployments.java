package kz.qorgau.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The demo EAR exactly as the build produced it: the production EAR and the demo module, whose users and schools
 * the tests use.
 */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive qorgau() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("it.ear")));
    }
}
