package kz.qorgau.earlywarning.rules;

/** The student being evaluated. */
public class StudentFact {

    private final long id;

    public StudentFact(long id) {
        this.id = id;
    }

    public long getId() {
        return id;
    }
}
