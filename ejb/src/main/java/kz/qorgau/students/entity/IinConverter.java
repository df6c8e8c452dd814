package kz.qorgau.students.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class IinConverter implements AttributeConverter<Iin, String> {

    @Override
    public String convertToDatabaseColumn(Iin iin) {
        return iin == null ? null : iin.digits();
    }

    @Override
    public Iin convertToEntityAttribute(String digits) {
        return digits == null ? null : Iin.parse(digits);
    }
}
