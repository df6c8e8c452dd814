/**
 * Who answers for a case: for each role its reasons need, the person the student's school designated for it, the least
 * loaded among several (docs/EARLY-WARNING.md, "What the rules do to cases").
 */
package kz.qorgau.assignment.control;
