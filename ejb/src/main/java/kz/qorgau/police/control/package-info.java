/**
 * The juvenile police register of students and raid deliveries: registering, removing, the legal hold, and the nightly
 * upkeep that takes students of 18 off the register and anonymises old removals.
 */
package kz.qorgau.police.control;
