/**
 * Taking trust-line reports and triaging each once: into an incident the rules evaluate at once, linked to a
 * student and their open case, or closed with a reason. Reports are read within their school's jurisdiction or,
 * while no school is known, their region's.
 */
package kz.qorgau.hotline.control;
