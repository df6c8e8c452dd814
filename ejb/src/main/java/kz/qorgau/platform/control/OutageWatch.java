package kz.qorgau.platform.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every two seconds, asks the dependencies that are away whether they answer again ({@link Outages#watch()}). */
@Singleton
public class OutageWatch {

    @Inject
    Outages outages;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    void watch() {
        outages.watch();
    }
}
