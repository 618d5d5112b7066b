package fr.comptecitoyen.notification.internal;

/**
 * Sends an SMS. The default implementation only logs; a commune plugs its SMS provider in
 * by declaring a bean of this type.
 */
public interface SmsSender {

	void send(String number, String text) throws Exception;

}
