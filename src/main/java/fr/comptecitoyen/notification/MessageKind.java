package fr.comptecitoyen.notification;

/**
 * The kinds of messages the FAQ promises; none of them needs a reply.
 */
public enum MessageKind {

	/** Accusé de réception: after each operation of the citizen. */
	ACKNOWLEDGEMENT,

	/** Décision: accord or refus, with the motive. */
	DECISION,

	/** Information: come to the counter, put your bulky items out on a date… */
	INFORMATION,

	/** About the account itself: validated, password changed, recovery link… */
	ACCOUNT

}
