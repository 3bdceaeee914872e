package org.hutong.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The enterprise the current unit of work acts for. Set from the signed-in principal for each
 * request, and restored from {@code TenantScoped} data for jobs and async listeners. Work always
 * runs inside {@link #callAs}, so a tenant never leaks to the next task on a pooled thread.
 */
public final class TenantContext {

	/** What Hibernate sees when no tenant is set: an id no enterprise has, so nothing matches. */
	static final long NONE = 0L;

	private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	public static Optional<Long> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	public static long require() {
		Long tenantId = CURRENT.get();
		if (tenantId == null) {
			throw new IllegalStateException("no tenant in context");
		}
		return tenantId;
	}

	public static <T> T callAs(long tenantId, Supplier<T> work) {
		Long previous = CURRENT.get();
		CURRENT.set(tenantId);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		}
	}

	public static void runAs(long tenantId, Runnable work) {
		callAs(tenantId, () -> {
			work.run();
			return null;
		});
	}
}
