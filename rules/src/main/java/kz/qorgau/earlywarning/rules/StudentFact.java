package kz.qorgau.earlywarning.rules;

/** The student being evaluated, with the school whose staff would act and the family the student lives in. */
public class StudentFact {

    private final long id;
    private final long schoolId;
    private final Long familyId;

    public StudentFact(long id, long schoolId, Long familyId) {
        this.id = id;
        this.schoolId = schoolId;
        this.familyId = familyId;
    }

    public long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public Long getFamilyId() {
        return familyId;
    }
}
