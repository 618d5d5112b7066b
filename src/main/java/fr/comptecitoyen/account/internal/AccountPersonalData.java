package fr.comptecitoyen.account.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.account.PersonalDataContributor;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.security.SecondFactorCredentials;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The account's own part of "Mes données": the profile, the account's state, whether an
 * authenticator app is on (never its secret, nor the password's hash), and the security
 * journal of the account.
 */
@Component
@Order(0)
class AccountPersonalData implements PersonalDataContributor {

	private final AccountRepository accounts;

	private final SecondFactorCredentials secondFactors;

	private final AuditLog audit;

	AccountPersonalData(AccountRepository accounts, SecondFactorCredentials secondFactors, AuditLog audit) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.audit = audit;
	}

	@Override
	public String section() {
		return "compte";
	}

	@Override
	public Object data(UUID accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("identifiant", account.getUsername());
		data.put("etat", account.getStatus().name());
		data.put("civilite", account.getCivility());
		data.put("nom", account.getLastName());
		data.put("prenom", account.getFirstName());
		data.put("autresPrenoms", account.getOtherFirstNames());
		data.put("dateDeNaissance", account.getBirthDate());
		data.put("courriel", account.getEmail());
		data.put("telephone", account.getPhone());
		data.put("adresse", account.getAddress());
		data.put("modeDeContact", account.getContactPreference());
		data.put("conditionsAccepteesLe", account.getTermsAcceptedAt());
		data.put("creeLe", account.getCreatedAt());
		data.put("modifieLe", account.getUpdatedAt());
		data.put("applicationAuthentification", this.secondFactors.isEnrolled(accountId));
		data.put("journalDeSecurite", this.audit.of(accountId, account.getUsername()));
		return data;
	}

}
