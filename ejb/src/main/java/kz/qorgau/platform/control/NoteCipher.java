package kz.qorgau.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts psychologists' confidential notes with AES-256-GCM before they reach the database, under keys held outside
 * it. A sealed note reads {@code qn1:<key id>:<base64 of IV, ciphertext and tag>}: the key id travels with the
 * ciphertext, so that a note sealed under an older key still opens once a newer key seals new notes. Each value gets
 * a random 96-bit IV; the version and key id are authenticated with it, so neither can be swapped unnoticed.
 */
public final class NoteCipher {

    /** What a sealed note looks like (key id, then IV, ciphertext and tag); the database checks the same (V21). */
    public static final String SEALED_PATTERN = "^qn1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/]+={0,2})$";

    private static final String VERSION = "qn1";
    private static final Pattern SEALED = Pattern.compile(SEALED_PATTERN);
    private static final Pattern KEY = Pattern.compile("\\s*([A-Za-z0-9_-]{1,32})\\s*:\\s*(\\S+)\\s*");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String current;

    private NoteCipher(Map<String, SecretKey> keys) {
        this.keys = Collections.unmodifiableMap(keys);
        this.current = keys.keySet().iterator().next();
    }

    /**
     * The keys from their configured form: {@code id:base64,id:base64,...}, each a 256-bit key. The first seals new
     * notes; all open the notes sealed under them.
     */
    public static NoteCipher of(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalArgumentException("no note key given; expected id:base64-of-32-bytes[,id:base64...]");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : configured.split(",")) {
            Matcher key = KEY.matcher(entry);
            if (!key.matches()) {
                throw new IllegalArgumentException("a note key is not id:base64 (the id of letters, digits, - or _,"
                        + " at most 32): " + entry.strip().replaceAll(":.*", ":..."));
            }
            String id = key.group(1);
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(key.group(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the note key " + id + " is not valid base64", e);
            }
            if (bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException("the note key " + id + " has " + bytes.length
                        + " bytes; AES-256 takes 32");
            }
            if (keys.put(id, new SecretKeySpec(bytes, "AES")) != null) {
                throw new IllegalArgumentException("the note key id " + id + " is given twice");
            }
        }
        return new NoteCipher(keys);
    }

    /** The id of the key that seals new notes. */
    public String currentKeyId() {
        return current;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    public String seal(String note) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] encrypted = run(Cipher.ENCRYPT_MODE, current, iv, note.getBytes(StandardCharsets.UTF_8));
        byte[] stored = new byte[IV_BYTES + encrypted.length];
        System.arraycopy(iv, 0, stored, 0, IV_BYTES);
        System.arraycopy(encrypted, 0, stored, IV_BYTES, encrypted.length);
        return header(current) + ":" + Base64.getEncoder().encodeToString(stored);
    }

    /** The note as written; refuses a value that is not a sealed note, whose key is unknown, or that was altered. */
    public String open(String sealed) {
        Matcher parts = parse(sealed);
        String keyId = parts.group(1);
        byte[] stored = Base64.getDecoder().decode(parts.group(2));
        if (stored.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("a sealed note under key " + keyId + " is too short to be one");
        }
        byte[] iv = new byte[IV_BYTES];
        System.arraycopy(stored, 0, iv, 0, IV_BYTES);
        byte[] encrypted = new byte[stored.length - IV_BYTES];
        System.arraycopy(stored, IV_BYTES, encrypted, 0, encrypted.length);
        return new String(run(Cipher.DECRYPT_MODE, keyId, iv, encrypted), StandardCharsets.UTF_8);
    }

    /** The id of the key a sealed note was sealed under. */
    public static String keyIdOf(String sealed) {
        return parse(sealed).group(1);
    }

    private static Matcher parse(String sealed) {
        Matcher parts = SEALED.matcher(sealed);
        if (!parts.matches()) {
            throw new IllegalArgumentException("not a sealed note (qn1:<key id>:<base64>)");
        }
        return parts;
    }

    private byte[] run(int mode, String keyId, byte[] iv, byte[] input) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("a note is sealed under key " + keyId
                    + ", which is not among the configured keys " + keys.keySet());
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(header(keyId).getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("a note sealed under key " + keyId
                    + " fails its integrity check: it was altered, or sealed under another key of that id", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    private static String header(String keyId) {
        return VERSION + ":" + keyId;
    }
}
