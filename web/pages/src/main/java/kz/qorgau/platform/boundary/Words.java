package kz.qorgau.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.platform.Messages;

/** The domain's words (levels, statuses, indicators, explanations) in the language of the pages. */
@Named("words")
@RequestScoped
public class Words {

    @Inject
    LanguageChoice language;

    public String of(String prefix, Object value) {
        return value == null ? "" : Messages.text(language.getLocale(), prefix + value);
    }
}
