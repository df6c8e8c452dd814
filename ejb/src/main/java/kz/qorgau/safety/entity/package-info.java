/**
 * School safety (docs/PRODUCT.md section 2): what a school's safety profile records, every earlier state of it, the
 * inspections that check it item by item, and the prescriptions their defects give, each tracked to closure.
 */
package kz.qorgau.safety.entity;
