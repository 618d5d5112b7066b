package fr.comptecitoyen.request;

/**
 * How a request entered by an agent reached the town hall: the person came to the counter
 * or called. Shown on the request's timeline ("Saisie au guichet").
 */
public enum EntryChannel {

	/** At the counter (au guichet). */
	COUNTER,

	/** On the phone (par téléphone). */
	PHONE

}
