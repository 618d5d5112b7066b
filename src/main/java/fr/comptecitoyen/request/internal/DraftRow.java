package fr.comptecitoyen.request.internal;

import java.time.Instant;

/**
 * What a draft list needs, read without the answers (which may be long).
 */
public record DraftRow(String publicId, String procedureCode, String title, String memberName, Instant updatedAt) {
}
