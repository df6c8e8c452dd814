package kz.qorgau.imports.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** At start-up, removes the uploads that imports cut short by a crash or a kill left behind. */
@Singleton
@Startup
public class UploadSweep {

    @PostConstruct
    void sweep() {
        UploadDirectory.ofServer().sweep();
    }
}
