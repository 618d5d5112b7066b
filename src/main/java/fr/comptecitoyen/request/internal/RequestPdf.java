package fr.comptecitoyen.request.internal;

/**
 * A PDF made for one request (its acknowledgement receipt, its attestation), with the
 * reference it belongs to.
 *
 * @param reference the request's reference (for the file name)
 * @param content the PDF
 */
public record RequestPdf(String reference, byte[] content) {
}
