/**
 * The one test support of the portal: how to write each kind of test.
 *
 * <h2>Unit tests</h2> Plain JUnit on one class, no Spring: aggregates (every allowed and
 * refused transition), field types, username generation, password policy. Build entities
 * with their own constructors and verbs; use
 * {@link fr.comptecitoyen.support.MutableClock#stoppedAt} when time matters.
 *
 * <h2>Application tests</h2> Annotate the class with
 * {@link fr.comptecitoyen.support.PortalTest} (never a base class) and inject what the
 * test needs:
 * <ul>
 * <li>{@link fr.comptecitoyen.support.Citizens}: the one citizen builder —
 * {@code citizens.validated().named("Camille", "Martin").withAddress().withChild("Léa", 7).create()},
 * {@code citizens.pending().create()}, {@code withAuthenticator()} for a second factor;
 * the result is a {@link fr.comptecitoyen.support.Citizen}, what any module may know of
 * an account. Every test citizen's password is
 * {@link fr.comptecitoyen.support.Citizens#PASSWORD}.</li>
 * <li>{@link fr.comptecitoyen.support.Pages}: pages and forms over MockMvc as an already
 * signed-in citizen ({@code pages.page(citizen, "/compte")},
 * {@code pages.submit(…)}).</li>
 * <li>{@link fr.comptecitoyen.support.Client} (from {@code citizens.client()} or
 * {@code citizens.signedIn(citizen)}): a session-keeping client for sign-in, second
 * factor and session tests, where the real security chain must run.</li>
 * <li>{@link fr.comptecitoyen.support.Mailbox}: call {@code mailbox.drain()} or
 * {@code mailbox.mails(address)} to deliver and read mail — never sleep or poll: the
 * background relay and reminder jobs run once an hour in tests.</li>
 * <li>{@link fr.comptecitoyen.support.MutableClock}: the application's clock; move it
 * forward ({@code clock.advance(Duration.ofMinutes(61))}) instead of waiting. It flows
 * from now; give
 * {@code @PortalTest(properties = "cc.test.clock-stopped-at=2026-11-28T09:00:00Z")} for
 * exact schedules.</li>
 * </ul>
 * Classes with the same {@code @PortalTest} share one application context and database:
 * make data of your own (the builder gives unique usernames;
 * {@code Citizens.unique("Nom")} gives unique names) and never count rows you did not
 * write. Extra properties make a new context (about ten seconds): use them only when the
 * test needs another setting.
 *
 * <h2>Browser journeys</h2> Extend {@link fr.comptecitoyen.support.BrowserTest} (headless
 * Chromium on a real port, itself a {@code @PortalTest}). Open pages with {@code visit},
 * follow links with {@code follow}, submit with {@code press}: each waits for the next
 * page and runs axe on it. A click that should navigate goes through
 * {@code clickAndWaitForTheNextPage}, which fails if the page stays; a click meant to
 * stay (a checkbox, a radio button) goes through {@code clickInPlace}, which fails if the
 * page changes. Sign in with {@code signIn(citizen)}. Organise journeys by actor and page
 * family so that no page escapes axe; start the browser with {@code startBrowser(false)}
 * for the without-JavaScript variants.
 *
 * <h2>Module boundaries</h2> A test lives in the package of the module it tests and may
 * use that module's {@code internal} package; anything it needs from another module goes
 * through this package (for example a citizen with children comes from
 * {@link fr.comptecitoyen.support.Citizens}, not from the household module's service).
 * {@code ArchitectureTests} checks it.
 */
package fr.comptecitoyen.support;
