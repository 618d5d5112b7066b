package fr.comptecitoyen.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * An application test: the whole portal on a database of its own (H2, or PostgreSQL with
 * {@code CC_TEST_DB=postgres}), mail to the test SMTP server, the background jobs slowed
 * down to once an hour so that tests drive them, and these beans to inject:
 * {@link Citizens}, {@link Pages}, {@link Mailbox}, {@link MutableClock} (the
 * application's clock) and MockMvc.
 *
 * <p>
 * Every class with the same annotation and the same {@link #properties()} shares one
 * application context, so tests make citizens and data of their own and never count rows
 * they did not write. Give properties only when the test needs a different setting;
 * {@code cc.test.clock-stopped-at} (an ISO instant, or {@code now}) stops the clock for
 * tests of exact schedules.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@Import(PortalTestConfiguration.class)
public @interface PortalTest {

	/** Extra application properties ({@code name=value}); each set makes a context. */
	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};

	/** A mock servlet environment, or a real server on a random port (browser tests). */
	@AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
	WebEnvironment webEnvironment() default WebEnvironment.MOCK;

}
