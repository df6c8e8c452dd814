package kz.qorgau.schools.entity;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A name as it is written in Kazakh, Russian and English. */
@Embeddable
public class LocalizedName {

    @Column(name = "name_kk")
    private String kk;

    @Column(name = "name_ru")
    private String ru;

    @Column(name = "name_en")
    private String en;

    protected LocalizedName() {
    }

    public LocalizedName(String kk, String ru, String en) {
        this.kk = kk;
        this.ru = ru;
        this.en = en;
    }

    public String getKk() {
        return kk;
    }

    public String getRu() {
        return ru;
    }

    public String getEn() {
        return en;
    }

    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> kk;
            case "ru" -> ru;
            default -> en;
        };
    }
}
