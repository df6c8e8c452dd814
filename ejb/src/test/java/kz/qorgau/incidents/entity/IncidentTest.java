package kz.qorgau.incidents.entity;

import static kz.qorgau.earlywarning.rules.ParticipantRole.PERPETRATOR;
import static kz.qorgau.earlywarning.rules.ParticipantRole.VICTIM;
import static kz.qorgau.earlywarning.rules.ParticipantRole.WITNESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.incidents.control.NewIncident;
import kz.qorgau.incidents.control.NewParticipant;
import kz.qorgau.platform.InvalidInput;

class IncidentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void keepsEveryParticipantWithTheirRole() {
        Incident incident = new Incident(report(List.of(new NewParticipant(1L, PERPETRATOR),
                new NewParticipant(2L, VICTIM), new NewParticipant(3L, WITNESS))), "inspector1");

        assertThat(incident.getParticipants())
                .extracting(p -> p.getStudentId() + ":" + p.getRole())
                .containsExactly("1:PERPETRATOR", "2:VICTIM", "3:WITNESS");
    }

    @Test
    void keepsTimePlaceSeveritySourceAndDescription() {
        Incident incident = new Incident(report(List.of(new NewParticipant(1L, VICTIM))), "inspector1");

        assertThat(incident.getOccurredOn()).isEqualTo(DAY);
        assertThat(incident.getTimeOfDay()).isEqualTo(LocalTime.of(13, 40));
        assertThat(incident.getOnSchoolGrounds()).isTrue();
        assertThat(incident.getLocation()).isEqualTo("Спортзал");
        assertThat(incident.getSeverity()).isEqualTo(IncidentSeverity.SEVERE);
        assertThat(incident.getSource()).isEqualTo(IncidentSource.POLICE);
        assertThat(incident.getDescription()).isEqualTo("Драка после уроков");
        assertThat(incident.getRecordedBy()).isEqualTo("inspector1");
    }

    @Test
    void rejectsAnIncidentWithoutParticipants() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new Incident(report(List.of()), "inspector1"));

        assertThat(e.messageKey()).isEqualTo("incident.participants.required");
    }

    @Test
    void rejectsAStudentNamedTwiceEvenInDifferentRoles() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new Incident(report(List.of(
                new NewParticipant(7L, PERPETRATOR), new NewParticipant(8L, WITNESS),
                new NewParticipant(7L, VICTIM))), "inspector1"));

        assertThat(e.messageKey()).isEqualTo("incident.participant.duplicate");
        assertThat(e.arguments()).containsExactly("7");
    }

    @Test
    void blankLocationAndDescriptionAreNotStated() {
        Incident incident = new Incident(new NewIncident(DAY, null, false, "  ", IncidentType.THEFT,
                IncidentSeverity.LOW, IncidentSource.PARENT, "", List.of(new NewParticipant(1L, VICTIM))), "socped1");

        assertThat(incident.getLocation()).isNull();
        assertThat(incident.getDescription()).isNull();
        assertThat(incident.getTimeOfDay()).isNull();
        assertThat(incident.getOnSchoolGrounds()).isFalse();
    }

    private static NewIncident report(List<NewParticipant> participants) {
        return new NewIncident(DAY, LocalTime.of(13, 40), true, " Спортзал ", IncidentType.FIGHT,
                IncidentSeverity.SEVERE, IncidentSource.POLICE, "Драка после уроков", participants);
    }
}
