package fr.comptecitoyen.catalogue;

/**
 * Who may submit a procedure.
 */
public enum Audience {

	/** Signed-in citizens only (an account may be created on the way). */
	ACCOUNT,

	/** Anyone, without an account (a captcha is then required). */
	ANYONE

}
