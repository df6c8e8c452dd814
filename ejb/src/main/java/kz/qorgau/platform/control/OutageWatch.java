package kz.qorgau.platform.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Every five seconds, asks the dependencies that are away whether they answer again ({@link Outages#watch()}): longer
 * than two bounded probes take, so that no run overlaps the next.
 */
@Singleton
public class OutageWatch {

    @Inject
    Outages outages;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void watch() {
        outages.watch();
    }
}
