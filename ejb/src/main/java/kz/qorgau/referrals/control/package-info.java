/**
 * Referrals to services (docs/PRODUCT.md section "Referrals to services"): the region's catalogue kept by its
 * coordinator, the guardians' consents as an append-only history, and the referrals of children from their cases with
 * their life from sent to done.
 */
package kz.qorgau.referrals.control;
