package dev.csmb.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 without a provider lookup per call: {@link MessageDigest#getInstance} searches the security providers
 * every time, which costs more than hashing a small file; cloning a prototype does not.
 */
final class Sha256 {

    private static final MessageDigest PROTOTYPE = newDigest();

    private Sha256() {
    }

    static byte[] digest(byte[] bytes) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            digest = newDigest();
        }
        return digest.digest(bytes);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
