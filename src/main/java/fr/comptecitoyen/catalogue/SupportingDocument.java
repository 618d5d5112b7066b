package fr.comptecitoyen.catalogue;

/**
 * A supporting document a procedure asks for ("pièce justificative").
 *
 * @param key a stable key
 * @param label what the citizen reads
 * @param paperAllowed whether the citizen may bring it on paper to the counter instead
 */
public record SupportingDocument(String key, String label, boolean paperAllowed) {
}
