package fr.comptecitoyen.document;

/**
 * A file to send back.
 *
 * @param name the sanitised file name
 * @param mediaType its media type, decided from the content when it was received
 * @param content the bytes
 */
public record Download(String name, String mediaType, byte[] content) {
}
