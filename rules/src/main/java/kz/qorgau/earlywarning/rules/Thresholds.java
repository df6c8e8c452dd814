package kz.qorgau.earlywarning.rules;

import java.util.stream.IntStream;

/**
 * The numbers in the catalogue that experts tune. They are a fact, not constants in the DRL, so that a new
 * threshold version needs no new build of the rules. A plain bean so that a version is stored and exchanged as
 * JSON; a new instance holds the values of the catalogue in docs/EARLY-WARNING.md.
 */
public class Thresholds {
    /** EW-01: how many days back a session with suicidal ideation or self-harm counts. */
    private int ew01WindowDays = 30;
    /** EW-02: how many days back a sexual- or domestic-violence incident against the student counts. */
    private int ew02WindowDays = 365;
    /** EW-03: how many days back a survey result counts. */
    private int ew03WindowDays = 180;
    /** EW-04: the number of incidents (any role but witness) that raises a case. */
    private int ew04MinIncidents = 3;
    /** EW-04: the window those incidents fall in. */
    private int ew04WindowDays = 30;
    /** EW-05: how many days back an incident or raid delivery of a police-registered student counts. */
    private int ew05WindowDays = 60;
    /** EW-06: the number of raid deliveries that raises a case. */
    private int ew06MinDeliveries = 2;
    /** EW-06: the window those deliveries fall in. */
    private int ew06WindowDays = 90;
    /** EW-07: unexcused absence days of a child of a police-registered family that raise a case. */
    private int ew07MinAbsenceDays = 10;
    /** EW-07: the window those absence days fall in. */
    private int ew07AbsenceWindowDays = 30;
    /** EW-07: how many days back any incident of a child of a police-registered family counts. */
    private int ew07IncidentWindowDays = 60;
    /** EW-08: how many times a victim of bullying or cyberbullying raises a case. */
    private int ew08MinTimes = 2;
    /** EW-08: the window those incidents fall in. */
    private int ew08WindowDays = 60;
    /** EW-09: how many days back a signal counts in the risk score at all. */
    private int ew09WindowDays = 180;
    /** EW-09: after this many days a signal weighs half as much. */
    private int ew09HalfLifeDays = 30;
    /** EW-09: weight of a session that recorded a risk indicator. */
    private double ew09WeightRiskSession = 3.0;
    /** EW-09: weight of an incident the student committed. */
    private double ew09WeightIncidentPerpetrator = 2.0;
    /** EW-09: weight of an incident the student suffered. */
    private double ew09WeightIncidentVictim = 2.0;
    /** EW-09: weight of a survey score at or above its threshold. */
    private double ew09WeightSurveyAboveThreshold = 3.0;
    /** EW-09: weight of the student's police registration. */
    private double ew09WeightPoliceRegistration = 3.0;
    /** EW-09: weight of a raid delivery. */
    private double ew09WeightRaidDelivery = 2.0;
    /** EW-09: weight of one unexcused day of absence. */
    private double ew09WeightUnexcusedAbsenceDay = 0.2;
    /** EW-09: weight of the family's police registration. */
    private double ew09WeightFamilyRegistration = 2.0;
    /** EW-09: the score at which a LOW case opens. */
    private double ew09LowBand = 4.0;
    /** EW-09: the score at which the case is MEDIUM. */
    private double ew09MediumBand = 7.0;
    /** EW-09: the score at which the case is HIGH. */
    private double ew09HighBand = 11.0;
    /** EW-11: days the school has to report an incident the police recorded before it is a possible concealment. */
    private int ew11ReportDays = 7;
    /** A new signal within this many days of closing a case reopens it instead of opening another. */
    private int reopenWithinDays = 90;

    /** The values of the catalogue in docs/EARLY-WARNING.md. */
    public static Thresholds catalogue() {
        return new Thresholds();
    }

    /** How far back any rule looks, so that callers load no older signals than needed. */
    public int longestWindowDays() {
        return IntStream.of(ew01WindowDays, ew02WindowDays, ew03WindowDays, ew04WindowDays, ew05WindowDays,
                ew06WindowDays, ew07AbsenceWindowDays, ew07IncidentWindowDays, ew08WindowDays, ew09WindowDays,
                ew11ReportDays + 1).max().orElseThrow();
    }

    public int getEw01WindowDays() {
        return ew01WindowDays;
    }

    public void setEw01WindowDays(int ew01WindowDays) {
        this.ew01WindowDays = ew01WindowDays;
    }

    public int getEw02WindowDays() {
        return ew02WindowDays;
    }

    public void setEw02WindowDays(int ew02WindowDays) {
        this.ew02WindowDays = ew02WindowDays;
    }

    public int getEw03WindowDays() {
        return ew03WindowDays;
    }

    public void setEw03WindowDays(int ew03WindowDays) {
        this.ew03WindowDays = ew03WindowDays;
    }

    public int getEw04MinIncidents() {
        return ew04MinIncidents;
    }

    public void setEw04MinIncidents(int ew04MinIncidents) {
        this.ew04MinIncidents = ew04MinIncidents;
    }

    public int getEw04WindowDays() {
        return ew04WindowDays;
    }

    public void setEw04WindowDays(int ew04WindowDays) {
        this.ew04WindowDays = ew04WindowDays;
    }

    public int getEw05WindowDays() {
        return ew05WindowDays;
    }

    public void setEw05WindowDays(int ew05WindowDays) {
        this.ew05WindowDays = ew05WindowDays;
    }

    public int getEw06MinDeliveries() {
        return ew06MinDeliveries;
    }

    public void setEw06MinDeliveries(int ew06MinDeliveries) {
        this.ew06MinDeliveries = ew06MinDeliveries;
    }

    public int getEw06WindowDays() {
        return ew06WindowDays;
    }

    public void setEw06WindowDays(int ew06WindowDays) {
        this.ew06WindowDays = ew06WindowDays;
    }

    public int getEw07MinAbsenceDays() {
        return ew07MinAbsenceDays;
    }

    public void setEw07MinAbsenceDays(int ew07MinAbsenceDays) {
        this.ew07MinAbsenceDays = ew07MinAbsenceDays;
    }

    public int getEw07AbsenceWindowDays() {
        return ew07AbsenceWindowDays;
    }

    public void setEw07AbsenceWindowDays(int ew07AbsenceWindowDays) {
        this.ew07AbsenceWindowDays = ew07AbsenceWindowDays;
    }

    public int getEw07IncidentWindowDays() {
        return ew07IncidentWindowDays;
    }

    public void setEw07IncidentWindowDays(int ew07IncidentWindowDays) {
        this.ew07IncidentWindowDays = ew07IncidentWindowDays;
    }

    public int getEw08MinTimes() {
        return ew08MinTimes;
    }

    public void setEw08MinTimes(int ew08MinTimes) {
        this.ew08MinTimes = ew08MinTimes;
    }

    public int getEw08WindowDays() {
        return ew08WindowDays;
    }

    public void setEw08WindowDays(int ew08WindowDays) {
        this.ew08WindowDays = ew08WindowDays;
    }

    public int getEw09WindowDays() {
        return ew09WindowDays;
    }

    public void setEw09WindowDays(int ew09WindowDays) {
        this.ew09WindowDays = ew09WindowDays;
    }

    public int getEw09HalfLifeDays() {
        return ew09HalfLifeDays;
    }

    public void setEw09HalfLifeDays(int ew09HalfLifeDays) {
        this.ew09HalfLifeDays = ew09HalfLifeDays;
    }

    public double getEw09WeightRiskSession() {
        return ew09WeightRiskSession;
    }

    public void setEw09WeightRiskSession(double ew09WeightRiskSession) {
        this.ew09WeightRiskSession = ew09WeightRiskSession;
    }

    public double getEw09WeightIncidentPerpetrator() {
        return ew09WeightIncidentPerpetrator;
    }

    public void setEw09WeightIncidentPerpetrator(double ew09WeightIncidentPerpetrator) {
        this.ew09WeightIncidentPerpetrator = ew09WeightIncidentPerpetrator;
    }

    public double getEw09WeightIncidentVictim() {
        return ew09WeightIncidentVictim;
    }

    public void setEw09WeightIncidentVictim(double ew09WeightIncidentVictim) {
        this.ew09WeightIncidentVictim = ew09WeightIncidentVictim;
    }

    public double getEw09WeightSurveyAboveThreshold() {
        return ew09WeightSurveyAboveThreshold;
    }

    public void setEw09WeightSurveyAboveThreshold(double ew09WeightSurveyAboveThreshold) {
        this.ew09WeightSurveyAboveThreshold = ew09WeightSurveyAboveThreshold;
    }

    public double getEw09WeightPoliceRegistration() {
        return ew09WeightPoliceRegistration;
    }

    public void setEw09WeightPoliceRegistration(double ew09WeightPoliceRegistration) {
        this.ew09WeightPoliceRegistration = ew09WeightPoliceRegistration;
    }

    public double getEw09WeightRaidDelivery() {
        return ew09WeightRaidDelivery;
    }

    public void setEw09WeightRaidDelivery(double ew09WeightRaidDelivery) {
        this.ew09WeightRaidDelivery = ew09WeightRaidDelivery;
    }

    public double getEw09WeightUnexcusedAbsenceDay() {
        return ew09WeightUnexcusedAbsenceDay;
    }

    public void setEw09WeightUnexcusedAbsenceDay(double ew09WeightUnexcusedAbsenceDay) {
        this.ew09WeightUnexcusedAbsenceDay = ew09WeightUnexcusedAbsenceDay;
    }

    public double getEw09WeightFamilyRegistration() {
        return ew09WeightFamilyRegistration;
    }

    public void setEw09WeightFamilyRegistration(double ew09WeightFamilyRegistration) {
        this.ew09WeightFamilyRegistration = ew09WeightFamilyRegistration;
    }

    public double getEw09LowBand() {
        return ew09LowBand;
    }

    public void setEw09LowBand(double ew09LowBand) {
        this.ew09LowBand = ew09LowBand;
    }

    public double getEw09MediumBand() {
        return ew09MediumBand;
    }

    public void setEw09MediumBand(double ew09MediumBand) {
        this.ew09MediumBand = ew09MediumBand;
    }

    public double getEw09HighBand() {
        return ew09HighBand;
    }

    public void setEw09HighBand(double ew09HighBand) {
        this.ew09HighBand = ew09HighBand;
    }

    public int getEw11ReportDays() {
        return ew11ReportDays;
    }

    public void setEw11ReportDays(int ew11ReportDays) {
        this.ew11ReportDays = ew11ReportDays;
    }

    public int getReopenWithinDays() {
        return reopenWithinDays;
    }

    public void setReopenWithinDays(int reopenWithinDays) {
        this.reopenWithinDays = reopenWithinDays;
    }
}
