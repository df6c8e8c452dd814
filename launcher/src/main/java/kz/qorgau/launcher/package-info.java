/**
 * Runs the whole Qorgau stack on one machine with nothing installed but a JDK: a real PostgreSQL from Maven
 * (zonky), Keycloak from its Maven distribution with the realm imported, and WildFly with the EAR. The demo
 * ({@link kz.qorgau.launcher.QorgauDemo}) and the integration tests start the same parts on different ports.
 */
package kz.qorgau.launcher;
