package org.hutong.web;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The one translator from "the database refused a duplicate" to a message on a field (ADR 0024).
 * Modules register their rules as {@link UniqueKey} beans. A use case checks its rules first, for
 * a precise message; the key catches what the check cannot see: another request saving the same
 * value at the same moment. The violated key is recognised by its name in the driver's message,
 * which both H2 and PostgreSQL include.
 */
@Component
public class UniqueKeys {

	private static final String UNIQUE_VIOLATION = "23505";

	private final List<UniqueKey> keys;

	UniqueKeys(List<UniqueKey> keys) {
		// the longest name first, so a key whose name starts another's is not taken for it
		this.keys = keys.stream().sorted(Comparator.comparingInt((UniqueKey key) -> key.constraint().length()).reversed())
			.toList();
	}

	/**
	 * The registered key that {@code failure} broke, if it is a unique violation of one: translated
	 * by Spring, or straight from a flush (SQLSTATE 23505, on both databases).
	 */
	public Optional<UniqueKey> violated(Throwable failure) {
		StringBuilder text = new StringBuilder();
		boolean integrity = false;
		for (Throwable cause = failure; cause != null && text.length() < 20_000; cause = cause.getCause()) {
			integrity |= cause instanceof DataIntegrityViolationException
					|| cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
			text.append(cause.getMessage()).append('\n');
		}
		if (!integrity) {
			return Optional.empty();
		}
		String messages = text.toString().toLowerCase(Locale.ROOT);
		return keys.stream().filter(key -> messages.contains(key.constraint().toLowerCase(Locale.ROOT))).findFirst();
	}

	/**
	 * Runs a write that reports refusals on {@code errors} and answers {@code null} then. When it
	 * breaks a registered key (a concurrent request saved the same value first) its transaction has
	 * rolled back, so it is run once more: its own check now sees the other row and names it, exactly
	 * as for requests one after another. Should that not explain it, the key's message goes on its
	 * field. Any other failure is thrown on.
	 */
	public <T> T attempt(Supplier<T> write, Errors errors) {
		try {
			return write.get();
		}
		catch (DataIntegrityViolationException first) {
			violated(first).orElseThrow(() -> first);
		}
		try {
			return write.get();
		}
		catch (DataIntegrityViolationException again) {
			reject(violated(again).orElseThrow(() -> again), errors);
			return null;
		}
	}

	/** Same, for a write that answers nothing. */
	public void attempt(Runnable write, Errors errors) {
		attempt(() -> {
			write.run();
			return null;
		}, errors);
	}

	private static void reject(UniqueKey key, Errors errors) {
		try {
			errors.rejectValue(key.field(), key.messageKey());
		}
		catch (NotReadablePropertyException otherShape) {
			errors.reject(key.messageKey());
		}
	}
}
