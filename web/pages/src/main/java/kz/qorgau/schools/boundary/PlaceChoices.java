package kz.qorgau.schools.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.security.Caller;

/** The schools of the caller's jurisdiction and the regions, named in the language of the page, for drop-downs. */
@Named("places")
@RequestScoped
public class PlaceChoices {

    /** More schools than anyone picks from a list; beyond, a page asks for a school's number instead. */
    private static final int SHOWN = 500;

    @EJB
    Schools schools;

    @Inject
    Caller caller;

    @Inject
    LanguageChoice language;

    /** One entry of a drop-down. */
    public record Choice(long id, String label) implements Serializable {
    }

    public List<Choice> getSchools() {
        Locale locale = language.getLocale();
        return schools.schoolChoices(SHOWN, caller).stream()
                .map(s -> new Choice(s.id(), s.id() + " · " + s.name().in(locale)))
                .toList();
    }

    public List<Choice> getRegions() {
        Locale locale = language.getLocale();
        return schools.regionChoices().stream().map(r -> new Choice(r.id(), r.name().in(locale))).toList();
    }
}
