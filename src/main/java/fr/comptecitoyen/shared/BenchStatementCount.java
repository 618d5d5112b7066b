package fr.comptecitoyen.shared;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The benchmark's SQL statement count, only with the {@code bench} Spring profile (never
 * in production): the data source is wrapped in a proxy that counts the statements
 * prepared on HTTP request threads, and {@code GET /bench/statements} answers
 * {@code <requests> <statements>} (plain text, from the loopback address only) so that
 * {@code bench/run} divides the difference before and after a scenario. Background jobs'
 * statements are not counted.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchStatementCount {

	/** The path of the counters. */
	static final String PATH = "/bench/statements";

	private static final ThreadLocal<Boolean> IN_REQUEST = new ThreadLocal<>();

	private static final AtomicLong REQUESTS = new AtomicLong();

	private static final AtomicLong STATEMENTS = new AtomicLong();

	@Bean
	static BeanPostProcessor benchCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource && !(bean instanceof Counting)) ? new Counting(dataSource)
						: bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> benchStatementFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						if (PATH.equals(request.getRequestURI())) {
							boolean local = "127.0.0.1".equals(request.getRemoteAddr())
									|| "0:0:0:0:0:0:0:1".equals(request.getRemoteAddr());
							response.setStatus(local ? 200 : 404);
							response.setContentType("text/plain");
							response.getWriter().print(local ? REQUESTS.get() + " " + STATEMENTS.get() : "");
							return;
						}
						REQUESTS.incrementAndGet();
						IN_REQUEST.set(Boolean.TRUE);
						try {
							chain.doFilter(request, response);
						}
						finally {
							IN_REQUEST.remove();
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(BenchStatementCount.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						String name = method.getName();
						if (IN_REQUEST.get() != null
								&& (name.startsWith("prepare") || name.equals("createStatement"))) {
							STATEMENTS.incrementAndGet();
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
