package kz.qorgau.hotline.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.schools.entity.School;
import kz.qorgau.students.entity.Student;

/**
 * A report to the trust line. It belongs to a region always (the line that took it, or the region of the child's
 * school once that is known) and to a school once the child's school is known; the school, else the region,
 * decides who may read it. It is triaged exactly once: a second operator acting on
 * the same report would record the same signal twice.
 */
@Entity
public class HotlineReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hotline_report_id")
    @SequenceGenerator(name = "hotline_report_id", sequenceName = "hotline_report_id_seq", allocationSize = 50)
    private Long id;

    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private CallerKind callerKind;

    private String summary;

    /** What the caller is worried about, in the incident taxonomy, so that triage into an incident keeps it. */
    @Enumerated(EnumType.STRING)
    private IncidentType concern;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    private School school;

    @ManyToOne(fetch = FetchType.LAZY)
    private Student student;

    private String takenBy;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private String closureReason;
    private Long incidentId;
    private Long caseId;
    private String triagedBy;
    private Instant triagedAt;

    @Version
    private long version;

    protected HotlineReport() {
    }

    /**
     * A new report, as the operator took it. The school, when given, lies in the region; the student, when
     * identified, studies at the school (or gives the report their school).
     */
    public HotlineReport(Instant receivedAt, Channel channel, CallerKind callerKind, String summary,
                         IncidentType concern, Urgency urgency, Region region, School school, Student student,
                         String takenBy) {
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.callerKind = Objects.requireNonNull(callerKind, "callerKind");
        if (summary == null || summary.isBlank()) {
            throw new InvalidInput("hotline.summary.required");
        }
        this.summary = summary.strip();
        this.concern = Objects.requireNonNull(concern, "concern");
        this.urgency = Objects.requireNonNull(urgency, "urgency");
        this.region = Objects.requireNonNull(region, "region");
        this.school = school;
        if (student != null) {
            identify(student);
        }
        if (this.school != null && this.school.regionId() != region.getId()) {
            throw new InvalidInput("hotline.school.other-region", this.school.getId(), region.getId());
        }
        this.takenBy = Objects.requireNonNull(takenBy, "takenBy");
        this.status = ReportStatus.NEW;
    }

    /** @throws DuplicateRecord when the report was already triaged or closed */
    public void requireUntriaged() {
        if (status != ReportStatus.NEW) {
            throw new DuplicateRecord("hotline.report.already-triaged", id, status);
        }
    }

    /** The report became {@code incidentId}, recorded for {@code student} by the operator. */
    public void triageToIncident(Student student, long incidentId, String by, Instant at) {
        requireUntriaged();
        identify(student);
        this.incidentId = incidentId;
        triaged(ReportStatus.TRIAGED_TO_INCIDENT, by, at);
    }

    /**
     * The report concerns {@code student}: it joins the student's open case when there is one ({@code caseId}),
     * otherwise it stays linked to the student for the staff of the student's school to weigh.
     */
    public void triageToCase(Student student, Long caseId, String by, Instant at) {
        requireUntriaged();
        identify(student);
        this.caseId = caseId;
        triaged(ReportStatus.TRIAGED_TO_CASE, by, at);
    }

    /** Nothing to act on (a prank, advice given, not about a child): closed with the reason in words. */
    public void close(String reason, String by, Instant at) {
        requireUntriaged();
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("hotline.closure.reason.required");
        }
        this.closureReason = reason.strip();
        triaged(ReportStatus.CLOSED, by, at);
    }

    /** A report about another child than the one already identified, or of another school, is a mistake. */
    private void identify(Student identified) {
        Objects.requireNonNull(identified, "student");
        if (student != null && !Objects.equals(student.getId(), identified.getId())) {
            throw new InvalidInput("hotline.student.other-student", student.getId(), identified.getId());
        }
        if (school != null && !Objects.equals(school.getId(), identified.getSchool().getId())) {
            throw new InvalidInput("hotline.student.other-school", identified.getId(), school.getId());
        }
        this.student = identified;
        this.school = identified.getSchool();
        this.region = school.getDistrict().getRegion();
    }

    private void triaged(ReportStatus triagedInto, String by, Instant at) {
        this.status = triagedInto;
        this.triagedBy = Objects.requireNonNull(by, "by");
        this.triagedAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() {
        return id;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public CallerKind getCallerKind() {
        return callerKind;
    }

    public String getSummary() {
        return summary;
    }

    public IncidentType getConcern() {
        return concern;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Region getRegion() {
        return region;
    }

    public School getSchool() {
        return school;
    }

    public Student getStudent() {
        return student;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getTriagedBy() {
        return triagedBy;
    }

    public Instant getTriagedAt() {
        return triagedAt;
    }

    public long getVersion() {
        return version;
    }
}
