/** Who is calling and what they may see; built from the token at the boundary, passed explicitly to services. */
package kz.qorgau.security;
