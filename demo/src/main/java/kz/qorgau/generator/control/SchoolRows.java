package kz.qorgau.generator.control;

import java.sql.SQLException;

import kz.qorgau.earlywarning.rules.StaffRole;

/** The districts, the schools and the staff each school designated for the roles the rules assign cases to. */
final class SchoolRows {

    private SchoolRows() {
    }

    static void write(RegionRows rows) throws SQLException {
        RegionPlan plan = rows.plan();
        try (CopyRows districts = rows.copy("district", "id, region_id, name_kk, name_ru, name_en")) {
            for (PlannedDistrict d : plan.districts()) {
                districts.row(d.id(), plan.spec().regionId(), d.name().getKk(), d.name().getRu(), d.name().getEn());
            }
            rows.finish("district", districts);
        }
        try (CopyRows schools = rows.copy("school",
                "id, district_id, kind, name_kk, name_ru, name_en, instruction_language")) {
            for (PlannedSchool s : plan.schools()) {
                schools.row(s.id(), s.district().id(), s.kind(), s.name().getKk(), s.name().getRu(), s.name().getEn(),
                        s.instructionLanguage());
            }
            rows.finish("school", schools);
        }
        try (CopyRows staff = rows.copy("staff_designation", "id, school_id, username, role",
                "staff_designation_id_seq")) {
            for (PlannedSchool s : plan.schools()) {
                for (String psychologist : s.psychologistUsernames()) {
                    staff.row(staff.nextId(), s.id(), psychologist, StaffRole.PSYCHOLOGIST);
                }
                if (s.socialPedagogue()) {
                    staff.row(staff.nextId(), s.id(), s.socialPedagogueUsername(), StaffRole.SOCIAL_PEDAGOGUE);
                }
                if (s.inspector()) {
                    staff.row(staff.nextId(), s.id(), s.inspectorUsername(), StaffRole.INSPECTOR);
                }
                staff.row(staff.nextId(), s.id(), s.directorUsername(), StaffRole.SCHOOL_ADMIN);
            }
            rows.finish("staff_designation", staff);
        }
    }
}
