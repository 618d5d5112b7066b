package fr.comptecitoyen.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Writes a session's last-access time at most once a {@linkplain #STEP minute} instead of
 * on every page. Spring Session records each request's time in the session row, an
 * {@code UPDATE} and a commit on every signed-in page for a value that only serves to
 * expire idle sessions. Here a request less than a minute after the stored time leaves
 * the row alone (unless the page changed the session's attributes, which are written as
 * before); idle expiry is then at most a minute early, on every instance alike.
 *
 * <p>
 * Spring Session has no setting for it and its JDBC session type is closed, hence this
 * wrapper: the repository given to Spring Session's filter hands out sessions that pass
 * every call to the stored session but the last-access time when it is that recent. The
 * JDBC repository itself stays the bean that finds sessions by account
 * ({@link SessionControl}) and purges expired ones.
 */
@Configuration(proxyBeanMethods = false)
class SessionLastAccess {

	/** Least time between two writes of a session's last-access time. */
	static final Duration STEP = Duration.ofMinutes(1);

	/**
	 * Spring Session's filter, made again on a repository handing out {@link Throttled}
	 * sessions and with the same session cookie ({@link SessionCookies}). Declaring a
	 * repository bean instead would turn Spring Boot's JDBC session configuration off.
	 */
	@Bean
	static BeanPostProcessor sessionFilterWritingLastAccessEveryMinute(
			ObjectProvider<JdbcIndexedSessionRepository> sessions, ObjectProvider<CookieSerializer> cookies) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof SessionRepositoryFilter<?>)) {
					return bean;
				}
				SessionRepositoryFilter<Throttled> filter = new SessionRepositoryFilter<>(
						new Repository<>(sessions.getObject()));
				CookieHttpSessionIdResolver ids = new CookieHttpSessionIdResolver();
				ids.setCookieSerializer(cookies.getObject());
				filter.setHttpSessionIdResolver(ids);
				return filter;
			}
		};
	}

	/** Spring Session's repository, handing out {@link Throttled} sessions. */
	static final class Repository<S extends Session> implements SessionRepository<Throttled> {

		private final SessionRepository<S> sessions;

		Repository(SessionRepository<S> sessions) {
			this.sessions = sessions;
		}

		@Override
		public Throttled createSession() {
			return new Throttled(this.sessions.createSession());
		}

		@Override
		@SuppressWarnings("unchecked")
		public void save(Throttled session) {
			this.sessions.save((S) session.stored);
		}

		@Override
		public Throttled findById(String id) {
			S found = this.sessions.findById(id);
			return (found != null) ? new Throttled(found) : null;
		}

		@Override
		public void deleteById(String id) {
			this.sessions.deleteById(id);
		}

	}

	/** A stored session whose last-access time moves only a {@link #STEP} at a time. */
	static final class Throttled implements Session {

		private final Session stored;

		Throttled(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(STEP))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
