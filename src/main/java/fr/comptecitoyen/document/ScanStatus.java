package fr.comptecitoyen.document;

/** Where an attachment stands with the antivirus. */
public enum ScanStatus {

	/** The antivirus is switched off: the file was checked for type and size only. */
	UNCHECKED,

	/** Scanned and found clean. */
	CLEAN,

	/**
	 * The antivirus could not be reached: kept but never served until a later scan passes
	 * ("en cours de vérification").
	 */
	PENDING;

	/** Whether the file may be downloaded. */
	public boolean servable() {
		return this != PENDING;
	}

}
