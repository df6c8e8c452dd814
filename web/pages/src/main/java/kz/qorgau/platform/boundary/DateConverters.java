package kz.qorgau.platform.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import kz.qorgau.platform.Kazakhstan;

/** Dates and moments as a reader in Kazakhstan expects them, in the language of the page; for display only. */
public final class DateConverters {

    private DateConverters() {
    }

    /** A day: 25.11.2026 in Kazakh and Russian, Nov 25, 2026 in English. */
    @FacesConverter("qorgau.date")
    public static class Day implements Converter<LocalDate> {

        @Override
        public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
            return value == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(context.getViewRoot().getLocale()).format(value);
        }
    }

    /** A moment, on Kazakhstan's clock. */
    @FacesConverter("qorgau.instant")
    public static class Moment implements Converter<Instant> {

        @Override
        public Instant getAsObject(FacesContext context, UIComponent component, String value) {
            return value == null || value.isBlank() ? null : Instant.parse(value);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Instant value) {
            return value == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(context.getViewRoot().getLocale()).withZone(Kazakhstan.TIME_ZONE).format(value);
        }
    }
}
