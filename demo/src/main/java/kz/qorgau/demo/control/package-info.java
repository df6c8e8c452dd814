/**
 * The demo world of the realm's demo users, loaded only when QORGAU_DEMO_DATA is true and only from qorgau-demo.ear:
 * the production EAR does not carry this module.
 */
package kz.qorgau.demo.control;
