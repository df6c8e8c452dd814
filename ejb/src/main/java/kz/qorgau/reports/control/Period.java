package kz.qorgau.reports.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.PlausibleDateValidator;

/** The days a report covers, both ends included, in Kazakhstan's calendar. */
public record Period(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 5;

    public Period {
        if (from == null || to == null) {
            throw new InvalidInput("report.period.required");
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("report.period.order", from, to);
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidInput("report.period.too-long", MAX_YEARS);
        }
    }

    /** From the first of January to today when the reader names no period: the figures meetings ask for. */
    public static Period of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        return new Period(from == null ? end.withDayOfYear(1) : from, end);
    }

    /**
     * @throws InvalidInput when an end of the period lies outside the dates people mean: the reports page's date
     *                      picker takes any year, which the database cannot always hold
     */
    void requirePlausible() {
        for (LocalDate day : new LocalDate[] {from, to}) {
            if (!PlausibleDateValidator.isPlausible(day)) {
                throw new InvalidInput("report.period.implausible", day.toString());
            }
        }
    }

    /**
     * @throws InvalidInput when the period ends after {@code today}: figures for days to come would read as final
     *                      ones, zero where nothing has happened yet
     */
    void requirePast(LocalDate today) {
        if (to.isAfter(today)) {
            throw new InvalidInput("report.period.future", to.toString(), today.toString());
        }
    }

    /** The same days a year earlier, against which offenses are compared. */
    public Period yearBefore() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
