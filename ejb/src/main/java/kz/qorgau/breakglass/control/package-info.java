/**
 * Emergency access to a child's file outside one's jurisdiction: granting it for a stated reason, noticing the
 * school's supervisors, and the condition the queries that find a file add for a grant (docs/PRODUCT.md section 5).
 */
package kz.qorgau.breakglass.control;
