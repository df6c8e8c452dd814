/** The overview those who oversee schools start from: counts of their jurisdiction, never a child's name. */
package kz.qorgau.dashboard.control;
