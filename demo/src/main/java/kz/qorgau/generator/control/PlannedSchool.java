package kz.qorgau.generator.control;

import java.util.ArrayList;
import java.util.List;

import kz.qorgau.schools.entity.InstructionLanguage;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.SchoolKind;

/**
 * A school to be created: its national-code-like id (district id x 1000 + number), kind, names, enrolment, and
 * which of the staff the rules ask for it has designated.
 */
record PlannedSchool(long id, PlannedDistrict district, int indexInDistrict, SchoolKind kind, LocalizedName name,
                     int students, int psychologists, boolean socialPedagogue, boolean inspector) {

    /** One school psychologist per this many students, by the staffing norm schools are funded on. */
    static final int STUDENTS_PER_PSYCHOLOGIST = 800;

    /** A juvenile inspector is designated to several neighbouring schools. */
    static final int SCHOOLS_PER_INSPECTOR = 6;

    /**
     * About six schools in ten teach in Kazakh, three in Russian, one in both; fixed by the school's id, and mixed
     * even among a district's first few schools.
     */
    InstructionLanguage instructionLanguage() {
        int place = (int) Math.floorMod(id * 7919, 10L);
        return place < 6 ? InstructionLanguage.KAZAKH : place < 9 ? InstructionLanguage.RUSSIAN
                : InstructionLanguage.MIXED;
    }

    List<String> psychologistUsernames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= psychologists; i++) {
            names.add(i == 1 ? "psychologist." + id : "psychologist." + id + "." + i);
        }
        return names;
    }

    /** The person who keeps the school's family records and absence registers: its social pedagogue, or the director. */
    String socialPedagogueUsername() {
        return socialPedagogue ? "socped." + id : directorUsername();
    }

    String directorUsername() {
        return "director." + id;
    }

    /** The district inspector who works with this school, designated to it or not. */
    String inspectorUsername() {
        return "inspector." + district.id() + "." + (indexInDistrict / SCHOOLS_PER_INSPECTOR + 1);
    }
}
