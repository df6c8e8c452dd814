package kz.qorgau.sessions.control;

import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import kz.qorgau.platform.control.NoteCipher;

/**
 * The note keys of the configuration (QORGAU_NOTE_KEYS), read once. The schema migration needs them at start-up, so
 * that a server without a key stops there rather than ever storing a note in clear.
 */
@Dependent
public class NoteKeys {

    @Produces
    @Singleton
    static NoteCipher cipher(@ConfigProperty(name = "qorgau.note-keys") Optional<String> keys) {
        if (keys.isEmpty() || keys.get().isBlank()) {
            throw new IllegalStateException("QORGAU_NOTE_KEYS is not set: confidential notes are stored encrypted"
                    + " and the server does not start without a key; set it to key-id:base64-of-32-random-bytes"
                    + " (README, Configuration)");
        }
        try {
            return NoteCipher.of(keys.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("QORGAU_NOTE_KEYS is not valid: " + e.getMessage(), e);
        }
    }
}
