package kz.qorgau.safety.entity;

/** What an inspector found for one item of the checklist: in order, present but faulty, or absent. */
public enum Finding {
    OK,
    DEFECT,
    MISSING;

    /** Anything but OK obliges the school to act: it becomes a prescription. */
    public boolean needsRemedy() {
        return this != OK;
    }
}
