/**
 * Documents: attachments (pièces justificatives) and their storage, content sniffing,
 * antivirus, paper originals to bring to the counter, PDF receipts and attestations. Uses
 * {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = "shared")
package fr.comptecitoyen.document;
