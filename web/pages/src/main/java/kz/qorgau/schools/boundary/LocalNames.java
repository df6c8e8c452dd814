package kz.qorgau.schools.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.schools.control.Names;

/** A region's, district's or school's name in the language of the page: {@code #{names.of(school.name())}}. */
@Named("names")
@RequestScoped
public class LocalNames {

    @Inject
    LanguageChoice language;

    public String of(Names names) {
        return names == null ? "" : names.in(language.getLocale());
    }
}
