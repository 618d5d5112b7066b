package fr.comptecitoyen.document;

import java.util.Map;

/**
 * An attachment as pages show it.
 *
 * @param id its opaque public id (in download links)
 * @param slot what it answers: a file field's key or a supporting document's key
 * @param name the sanitised file name, as the citizen gave it
 * @param size its size in bytes
 * @param mediaType its media type, decided from the content
 * @param status where it stands with the antivirus
 */
public record AttachmentView(String id, String slot, String name, long size, String mediaType, ScanStatus status) {

	/** The size as people read it ({@code 245 Ko}, {@code 1,2 Mo}). */
	public String sizeText() {
		if (this.size < 1024 * 1024) {
			return Math.max(1, Math.round(this.size / 1024.0)) + " Ko";
		}
		return String.format(java.util.Locale.FRENCH, "%.1f Mo", this.size / (1024.0 * 1024.0));
	}

	/** Whether it is still waiting for the antivirus. */
	public boolean pending() {
		return this.status == ScanStatus.PENDING;
	}

	/** What a form answer keeps of it. */
	public Map<String, Object> answer() {
		return Map.of("id", this.id, "name", this.name, "size", this.size);
	}

}
