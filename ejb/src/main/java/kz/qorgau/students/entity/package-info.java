/** A student with their IIN, name, school, grade and status, and the handover of a student between schools. */
package kz.qorgau.students.entity;
