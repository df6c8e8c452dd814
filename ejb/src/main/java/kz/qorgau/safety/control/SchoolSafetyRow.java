package kz.qorgau.safety.control;

/**
 * One school's line of a safety report: its profile as it stands (the contract judged on the report's day), the
 * inspections of the period, and the prescriptions open and overdue on the report's day.
 */
public record SchoolSafetyRow(long schoolId, long districtId, boolean profileRecorded, boolean panicButton,
                              boolean panicButtonConnected, boolean cctvWorking, boolean cctvConnected,
                              boolean guardContractCurrent, long inspections, long openPrescriptions,
                              long overduePrescriptions) {
}
