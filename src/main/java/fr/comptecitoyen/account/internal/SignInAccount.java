package fr.comptecitoyen.account.internal;

import java.util.UUID;

import fr.comptecitoyen.account.AccountStatus;

/**
 * What a sign-in reads of an account, and nothing more (not its status history).
 *
 * @param id the account's id
 * @param username its identifier ({@code prénom.nom})
 * @param passwordHash the stored hash of its password
 * @param status whether it may sign in ({@link AccountStatus#maySignIn()})
 */
record SignInAccount(UUID id, String username, String passwordHash, AccountStatus status) {

}
