package fr.comptecitoyen.account;

/** How the citizen prefers the town hall to reach them about their requests. */
public enum ContactPreference {

	/** By email (courriel). */
	EMAIL,

	/** By phone (téléphone); reminders may go by SMS to a mobile number. */
	PHONE

}
