package fr.comptecitoyen.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of an account wherever they are (sessions live in the database,
 * shared by every instance): after a password reset, a password change or a closure.
 */
@Component
public class SessionControl {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionControl(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the account.
	 * @return how many were ended
	 */
	public int endAll(String username) {
		return endAllBut(username, null);
	}

	/**
	 * Ends the account's other sessions and gives the current one a new id.
	 * @return how many were ended
	 */
	public int endOthers(String username, HttpServletRequest request) {
		HttpSession current = request.getSession(false);
		int ended = endAllBut(username, (current != null) ? current.getId() : null);
		if (current != null) {
			request.changeSessionId();
		}
		return ended;
	}

	private int endAllBut(String username, String keep) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		Map<String, ? extends Session> found = repository.findByPrincipalName(username);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keep)) {
				repository.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
