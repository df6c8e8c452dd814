/**
 * Early-warning cases as people work them: the list and the file of a case, the workflow steps, the intervention plan,
 * reviews of reasons, escalations, the timeline and the inbox (docs/PRODUCT.md section 4).
 */
package kz.qorgau.cases.control;
