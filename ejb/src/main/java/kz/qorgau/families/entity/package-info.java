/** A family with its address, social flags, guardians and registrations on the police register. */
package kz.qorgau.families.entity;
