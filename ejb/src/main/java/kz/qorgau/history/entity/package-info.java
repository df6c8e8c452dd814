/** The revision Envers writes with each committed change: who made it and when. */
package kz.qorgau.history.entity;
