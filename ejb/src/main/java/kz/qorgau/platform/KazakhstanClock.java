package kz.qorgau.platform;

import java.time.Clock;

import jakarta.validation.ClockProvider;

/**
 * "Today" for Bean Validation (@PastOrPresent, @Future...) is the day in Kazakhstan, where people record things,
 * not the server's: a session recorded in Almaty at half past midnight is not "in the future" because the server
 * runs on UTC (META-INF/validation.xml).
 */
public class KazakhstanClock implements ClockProvider {

    @Override
    public Clock getClock() {
        return Kazakhstan.systemClock();
    }
}
