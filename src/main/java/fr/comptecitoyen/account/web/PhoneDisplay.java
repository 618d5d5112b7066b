package fr.comptecitoyen.account.web;

import fr.comptecitoyen.account.PhoneNumbers;

import org.springframework.stereotype.Component;

/**
 * Phone numbers in templates: {@code ${@phones.display(account.phone)}}. They are stored
 * in E.164 form (usable by SMS gateways) and shown as people write them.
 */
@Component("phones")
class PhoneDisplay {

	public String display(String stored) {
		return PhoneNumbers.display(stored);
	}

}
