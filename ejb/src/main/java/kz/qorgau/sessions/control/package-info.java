/**
 * Psychologists' sessions with their confidential notes and addenda: recording, reading (the notes only for the
 * psychologists of the student's school), and the keys that encrypt the notes (docs/PRODUCT.md section 5).
 */
package kz.qorgau.sessions.control;
