/**
 * Documents: attachments (pièces justificatives) and their storage, content sniffing,
 * antivirus, paper originals to bring to the counter, and PDF receipts. Uses
 * {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = "shared")
package fr.comptecitoyen.document;
