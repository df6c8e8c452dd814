package kz.qorgau.earlywarning.rules;

/** A concealment flag raised earlier and still open: the police's incident it was raised for, of this student. */
public record OpenConcealmentFlag(long studentId, long incidentId) {
}
