/** What imports remember: the files applied, by content hash, so that the same file twice adds nothing. */
package kz.qorgau.imports.entity;
