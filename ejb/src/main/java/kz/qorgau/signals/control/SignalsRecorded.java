package kz.qorgau.signals.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import kz.qorgau.cases.control.CaseEffect;
import kz.qorgau.students.entity.Student;

/**
 * New signals about students were written: a session, an incident, a police registration, a raid, a family put on
 * the register, an imported file. Fired synchronously in the recording transaction; the early-warning evaluation
 * observes it and brings the students' cases in line before the request returns, so the case is there when the
 * person who recorded the signal looks. Who recorded one signal by hand is told what it did to each student's case
 * ({@link #effects()}); a file's many students are only evaluated.
 */
public final class SignalsRecorded {

    private final List<Student> weighed;
    private final List<Long> evaluated;
    private final List<CaseEffect> effects = new ArrayList<>();

    private SignalsRecorded(List<Student> weighed, List<Long> evaluated) {
        this.weighed = weighed;
        this.evaluated = evaluated;
    }

    /**
     * A signal recorded by hand about these students. They are weighed in id order: evaluation locks each student,
     * and one order keeps two recordings about the same students from deadlocking.
     */
    public static SignalsRecorded about(Collection<Student> students) {
        return new SignalsRecorded(students.stream().sorted(Comparator.comparing(Student::getId)).toList(), List.of());
    }

    /** Signals about many students at once, such as an imported file's. */
    public static SignalsRecorded aboutStudentIds(Collection<Long> studentIds) {
        return new SignalsRecorded(List.of(), List.copyOf(studentIds));
    }

    /** The students whose case effect the recorder wants to know. */
    public List<Student> weighed() {
        return weighed;
    }

    /** The students to evaluate without telling anyone what it did. */
    public List<Long> evaluated() {
        return evaluated;
    }

    /** Called by the evaluation for each weighed student who has an open case after it. */
    public void effect(CaseEffect effect) {
        effects.add(effect);
    }

    public List<CaseEffect> effects() {
        return List.copyOf(effects);
    }
}
