/**
 * Documents: attachments, their storage, content sniffing and PDF receipts. Uses
 * {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = "shared")
package fr.comptecitoyen.document;
