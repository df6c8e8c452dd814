package kz.qorgau.cases.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import kz.qorgau.cases.control.Closing;
import kz.qorgau.cases.control.FirstContact;
import kz.qorgau.cases.control.LevelLowering;
import kz.qorgau.cases.control.NewMeasure;
import kz.qorgau.cases.control.Reassignment;
import kz.qorgau.cases.control.TakeOn;
import kz.qorgau.cases.entity.CaseOutcome;
import kz.qorgau.cases.entity.ContactChannel;
import kz.qorgau.cases.entity.MeasureKind;
import kz.qorgau.cases.entity.MeasureStatus;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.platform.Kazakhstan;

/**
 * What a person typed into the forms of a case page. It outlives a refused change, so that after a stale version the
 * person applies the same input again to the case as it now stands.
 */
public class CaseInput implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DAYS_TO_DUE = 7;

    private StaffRole role;
    private LocalDateTime contactAt = now();
    private ContactChannel channel = ContactChannel.IN_PERSON;
    private String contactNote;
    private MeasureKind kind;
    private String responsible;
    private LocalDate dueOn = today().plusDays(DAYS_TO_DUE);
    private String measureNote;
    private Long measureId;
    private MeasureStatus measureStatus;
    private Level level;
    private String justification;
    private String handOver;
    private CaseOutcome outcome;
    private String closingNote;

    TakeOn takeOn(long version) {
        return new TakeOn(role, version);
    }

    /**
     * The form knows minutes only: a contact logged within the minute the case opened would otherwise fall before
     * the opening, which the case refuses.
     */
    FirstContact firstContact(long version, Instant openedAt) {
        Instant at = contactAt == null ? null : contactAt.atZone(Kazakhstan.TIME_ZONE).toInstant();
        boolean sameMinute = at != null && at.isBefore(openedAt) && at.plus(1, ChronoUnit.MINUTES).isAfter(openedAt);
        return new FirstContact(sameMinute ? openedAt : at, channel, contactNote, version);
    }

    NewMeasure newMeasure(long version) {
        return new NewMeasure(kind, responsible, dueOn, measureNote, version);
    }

    LevelLowering lowering(long version) {
        return new LevelLowering(level, justification, version);
    }

    /** The chosen designation, as {@code ROLE:username}. */
    Reassignment reassignment(long version) {
        String[] parts = handOver == null ? new String[] {null, null} : handOver.split(":", 2);
        return new Reassignment(parts[0] == null ? null : StaffRole.valueOf(parts[0]), parts[1], version);
    }

    Closing closing(long version) {
        return new Closing(outcome, closingNote, version);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Kazakhstan.TIME_ZONE).truncatedTo(ChronoUnit.MINUTES);
    }

    private static LocalDate today() {
        return LocalDate.now(Kazakhstan.TIME_ZONE);
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public LocalDateTime getContactAt() {
        return contactAt;
    }

    public void setContactAt(LocalDateTime contactAt) {
        this.contactAt = contactAt;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public void setChannel(ContactChannel channel) {
        this.channel = channel;
    }

    public String getContactNote() {
        return contactNote;
    }

    public void setContactNote(String contactNote) {
        this.contactNote = contactNote;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public void setKind(MeasureKind kind) {
        this.kind = kind;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getMeasureNote() {
        return measureNote;
    }

    public void setMeasureNote(String measureNote) {
        this.measureNote = measureNote;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public void setMeasureId(Long measureId) {
        this.measureId = measureId;
    }

    public MeasureStatus getMeasureStatus() {
        return measureStatus;
    }

    public void setMeasureStatus(MeasureStatus measureStatus) {
        this.measureStatus = measureStatus;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getHandOver() {
        return handOver;
    }

    public void setHandOver(String handOver) {
        this.handOver = handOver;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CaseOutcome outcome) {
        this.outcome = outcome;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public void setClosingNote(String closingNote) {
        this.closingNote = closingNote;
    }
}
