package kz.qorgau.platform;

/**
 * The client edited a version of the record that is no longer current: someone else changed it meanwhile. The
 * message names the current version so that the client can reload and reapply.
 */
public class StaleRecord extends QorgauException {

    public StaleRecord(String recordType, Object id, long currentVersion) {
        super("error.stale." + recordType, id, currentVersion);
    }
}
