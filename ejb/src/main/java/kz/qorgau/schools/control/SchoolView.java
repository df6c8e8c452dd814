package kz.qorgau.schools.control;

import java.io.Serializable;

import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.InstructionLanguage;
import kz.qorgau.schools.entity.SchoolKind;

public record SchoolView(long id, long districtId, long regionId, SchoolKind kind, Names name,
                         InstructionLanguage instructionLanguage) implements Serializable {

    static SchoolView of(School school) {
        return new SchoolView(school.getId(), school.districtId(), school.regionId(), school.getKind(),
                Names.of(school.getName()), school.getInstructionLanguage());
    }
}
