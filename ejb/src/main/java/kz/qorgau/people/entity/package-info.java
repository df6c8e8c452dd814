/** A person who signed in or called, with the name the identity provider gave them when last seen. */
package kz.qorgau.people.entity;
