/**
 * Psychologists' sessions with their confidential notes and addenda: recording, reading (the notes only for the
 * psychologists of the student's school), and encrypting the notes under rotating keys (docs/PRODUCT.md section 5).
 */
package kz.qorgau.sessions.control;
