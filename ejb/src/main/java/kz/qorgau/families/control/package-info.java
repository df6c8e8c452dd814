/**
 * Family records kept by a school: their guardians and children, and the police register of families, which makes the
 * rules look at every child of the family.
 */
package kz.qorgau.families.control;
