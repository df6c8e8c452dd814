/** A possible concealment: the police- or raid-recorded incident, the student and the school that reported nothing. */
package kz.qorgau.concealment.entity;
