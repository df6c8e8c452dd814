package kz.qorgau.sessions.entity;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import kz.qorgau.platform.control.NoteCipher;

/** A confidential note or addendum: encrypted on its way into the database, decrypted on its way out. */
@Dependent
@Converter
public class ConfidentialText implements AttributeConverter<String, String> {

    @Inject
    NoteCipher cipher;

    @Override
    public String convertToDatabaseColumn(String text) {
        return text == null ? null : cipher.seal(text);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return sealed == null ? null : cipher.open(sealed);
    }
}
