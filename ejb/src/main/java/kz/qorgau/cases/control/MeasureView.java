package kz.qorgau.cases.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import kz.qorgau.cases.entity.CaseMeasure;
import kz.qorgau.cases.entity.MeasureKind;
import kz.qorgau.cases.entity.MeasureStatus;

/** A measure of a case's plan; a change to it is sent with the {@code version} read here. */
public record MeasureView(long id, MeasureKind kind, String responsible, LocalDate dueOn, MeasureStatus status,
                          String note, String createdBy, Instant createdAt, long version) implements Serializable {

    static MeasureView of(CaseMeasure m) {
        return new MeasureView(m.getId(), m.getKind(), m.getResponsible(), m.getDueOn(), m.getStatus(), m.getNote(),
                m.getCreatedBy(), m.getCreatedAt(), m.getVersion());
    }
}
