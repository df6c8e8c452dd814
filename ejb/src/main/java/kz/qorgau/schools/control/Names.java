package kz.qorgau.schools.control;

import java.io.Serializable;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kz.qorgau.schools.entity.LocalizedName;

/** A name in the three languages, as the API reads and writes it. */
public record Names(
        @NotBlank(message = "{name.kk.required}") @Size(max = 300, message = "{field.too-long}") String kk,
        @NotBlank(message = "{name.ru.required}") @Size(max = 300, message = "{field.too-long}") String ru,
        @NotBlank(message = "{name.en.required}") @Size(max = 300, message = "{field.too-long}") String en)
        implements Serializable {

    static Names of(LocalizedName name) {
        return new Names(name.getKk(), name.getRu(), name.getEn());
    }

    /** The name in the reader's language, as the entity chooses it. */
    public String in(Locale locale) {
        return new LocalizedName(kk, ru, en).in(locale);
    }

    LocalizedName toEntity() {
        return new LocalizedName(kk.strip(), ru.strip(), en.strip());
    }
}
