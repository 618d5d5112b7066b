package fr.comptecitoyen.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests, moved forward instead of sleeping.
 *
 * <p>
 * It either flows like the system clock from an offset that tests move
 * ({@link #flowing()}, what {@link PortalTest} contexts use: records made one after the
 * other keep their order, in milliseconds as databases store them), or stands still until
 * moved ({@link #stoppedAt(Instant)}, for exact schedules). In a context shared by
 * several test classes, only move it forward: tokens, sessions and the outbox compare
 * against it.
 */
public final class MutableClock extends Clock {

	private static final ZoneId COMMUNE = ZoneId.of("Europe/Paris");

	private final boolean flowing;

	/** The stopped instant, or the offset's origin for a flowing clock. */
	private volatile Instant base;

	/** Real time (milliseconds) when {@link #base} was set, for a flowing clock. */
	private volatile long baseMillis;

	private MutableClock(Instant start, boolean flowing) {
		this.flowing = flowing;
		set(start);
	}

	/** A clock that flows with the system clock, from now, until moved. */
	public static MutableClock flowing() {
		return new MutableClock(Instant.ofEpochMilli(System.currentTimeMillis()), true);
	}

	/** A clock that stands at that instant until moved. */
	public static MutableClock stoppedAt(Instant start) {
		return new MutableClock(start, false);
	}

	/** Moves time forward by that much. */
	public synchronized void advance(Duration duration) {
		set(instant().plus(duration));
	}

	/** Puts the clock at that instant (a flowing clock keeps flowing from there). */
	public synchronized void set(Instant instant) {
		this.baseMillis = System.currentTimeMillis();
		this.base = instant;
	}

	@Override
	public Instant instant() {
		if (!this.flowing) {
			return this.base;
		}
		return this.base.plusMillis(System.currentTimeMillis() - this.baseMillis);
	}

	/** Today in the commune of the tests (Europe/Paris). */
	public LocalDate today() {
		return LocalDate.ofInstant(instant(), COMMUNE);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock self = this;
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}

			@Override
			public Instant instant() {
				return self.instant();
			}
		};
	}

}
