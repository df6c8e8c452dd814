/**
 * The early-warning catalogue of docs/EARLY-WARNING.md: the facts the rules read (signals about one student), the
 * findings they raise, and the DRL itself under the same package in resources. Nothing here knows about JPA or
 * the server, so every rule is tested on a bare KieSession.
 */
package kz.qorgau.earlywarning.rules;
