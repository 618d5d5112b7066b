package fr.comptecitoyen.instruction.internal;

import java.util.stream.Stream;

import fr.comptecitoyen.security.SecuredPaths;
import fr.comptecitoyen.shared.web.LocalPaths;

/** The paths of the staff side, all under {@code /agent}. */
public final class StaffPaths {

	/** Staff home (counts per queue). */
	public static final String HOME = SecuredPaths.STAFF;

	/** Sign-in page and form target. */
	public static final String SIGN_IN = "/agent/connexion";

	/** Second step of sign-in: a code from the app or a recovery code. */
	public static final String CODE = "/agent/code";

	/** First sign-in: enrolment of the authenticator app. */
	public static final String ENROL = "/agent/enrolement";

	/** Sign-out (POST only). */
	public static final String SIGN_OUT = "/agent/deconnexion";

	/**
	 * Whether a back-office page may be gone back to after signing in: a local path under
	 * {@link #HOME}, other than the home itself and the sign-in steps.
	 * @param path what the request carried ({@code retour}), or null
	 * @return true if the sign-in may end there
	 */
	public static boolean returnable(String path) {
		return LocalPaths.isLocal(path) && path.startsWith(HOME + "/")
				&& Stream.of(SIGN_IN, CODE, ENROL, SIGN_OUT, INVITATION, STALE_FORM).noneMatch(path::startsWith);
	}

	/** Where a form from a page older than the session lands (not saved). */
	public static final String STALE_FORM = "/agent/formulaire-expire";

	/** Choosing a password from an invitation link. */
	public static final String INVITATION = "/agent/invitation";

	/** Queue of pending citizen accounts. */
	public static final String ACCOUNTS = "/agent/comptes";

	/** Administration. */
	public static final String ADMIN = "/agent/admin";

	/** Requests of the person's departments (the queue, a request's page under it). */
	public static final String REQUESTS = "/agent/demandes";

	/** "Mes demandes suivies". */
	public static final String FOLLOWED = "/agent/demandes/suivies";

	/** "Mes préférences" (the daily digest). */
	public static final String PREFERENCES = "/agent/preferences";

	/** The audit log (administrators). */
	public static final String AUDIT = "/agent/journal";

	/** The dashboard of the person's departments. */
	public static final String DASHBOARD = "/agent/tableau-de-bord";

	/** The labels of the person's departments. */
	public static final String LABELS = "/agent/etiquettes";

	private StaffPaths() {
	}

}
