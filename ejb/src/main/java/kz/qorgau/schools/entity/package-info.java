/**
 * Regions and districts by their KATO codes, schools with their kind and language of instruction, names in kk, ru and
 * en, and staff designations.
 */
package kz.qorgau.schools.entity;
