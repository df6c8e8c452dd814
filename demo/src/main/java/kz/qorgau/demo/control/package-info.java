/** The demo world of the realm's demo users, loaded only when QORGAU_DEMO_DATA is true: never in production. */
package kz.qorgau.demo.control;
