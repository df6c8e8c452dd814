package kz.qorgau.families.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {

    @Override
    public String convertToDatabaseColumn(PhoneNumber phone) {
        return phone == null ? null : phone.digits();
    }

    @Override
    public PhoneNumber convertToEntityAttribute(String digits) {
        return digits == null ? null : new PhoneNumber(digits);
    }
}
