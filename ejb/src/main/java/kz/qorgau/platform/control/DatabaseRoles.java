package kz.qorgau.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * The two database roles of the server: the schema's owner, which migrates (DB_OWNER_USER), and the application
 * role, which does everything else (DB_USER). Checked at every start, so that a configuration under which the
 * application could rewrite its own audit trail stops the server instead of going unnoticed.
 */
final class DatabaseRoles {

    private final DataSource owner;
    private final String ownerName;
    private final String applicationName;

    private DatabaseRoles(DataSource owner, String ownerName, String applicationName) {
        this.owner = owner;
        this.ownerName = ownerName;
        this.applicationName = applicationName;
    }

    static DatabaseRoles of(DataSource owner, DataSource application) {
        return new DatabaseRoles(owner, currentUser(owner), currentUser(application));
    }

    String application() {
        return applicationName;
    }

    /** Before migrating: the application role is not the owner, no member of it, and may not create objects. */
    void requireSeparate() {
        if (applicationName.equals(ownerName)) {
            throw misconfigured("the server connects as " + ownerName + " both for its work (DB_USER) and for the"
                    + " migrations (DB_OWNER_USER); DB_USER must be an application role that owns nothing");
        }
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement("""
                select r.rolsuper, pg_has_role(r.rolname, current_user, 'MEMBER'),
                       has_schema_privilege(r.rolname, 'public', 'CREATE')
                from pg_roles r where r.rolname = ?""")) {
            s.setString(1, applicationName);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getBoolean(1) || r.getBoolean(2)) {
                    throw misconfigured("the application role " + applicationName + " (DB_USER) is a superuser or a"
                            + " member of the owner " + ownerName + " (DB_OWNER_USER)");
                }
                if (r.getBoolean(3)) {
                    throw misconfigured("the application role " + applicationName + " may create objects in schema"
                            + " public; as a superuser run: alter schema public owner to " + ownerName
                            + "; revoke create on schema public from public;");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the database roles: " + e.getMessage(), e);
        }
    }

    /** After migrating: the application role may read and add to the audit trail, and nothing more. */
    void requireAppendOnlyAudit() {
        List<String> allowed = new ArrayList<>();
        try (Connection c = owner.getConnection(); PreparedStatement s = c.prepareStatement(
                "select has_table_privilege(?, 'public.audit_event', ?)")) {
            for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE", "TRIGGER", "REFERENCES")) {
                s.setString(1, applicationName);
                s.setString(2, privilege);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getBoolean(1)) {
                        allowed.add(privilege);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the audit trail's grants: " + e.getMessage(), e);
        }
        if (!allowed.isEmpty()) {
            throw misconfigured("the application role " + applicationName + " may " + allowed
                    + " on audit_event; revoke it: revoke " + String.join(", ", allowed) + " on audit_event from "
                    + applicationName + ";");
        }
    }

    private static IllegalStateException misconfigured(String problem) {
        return new IllegalStateException("Database roles misconfigured: " + problem + " (README, Configuration)");
    }

    private static String currentUser(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select current_user");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to the database: " + e.getMessage(), e);
        }
    }
}
