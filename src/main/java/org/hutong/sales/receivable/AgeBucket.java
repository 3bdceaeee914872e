package org.hutong.sales.receivable;

import java.time.LocalDate;

/**
 * 账龄: how many days past its due day what is owed on a term is. Due today counts as 未到期 (not
 * overdue yet); 1–30 starts the day after. Labels: {@code receivable.bucket.<name>}.
 */
public enum AgeBucket {

	NOT_DUE(null, 0), DAYS_1_30(1, 30), DAYS_31_90(31, 90), DAYS_91_180(91, 180), DAYS_181_365(181, 365),
	OVER_365(366, null);

	/** Fewest and most days overdue in the bucket; null where it is open. */
	private final Integer fewest;

	private final Integer most;

	AgeBucket(Integer fewest, Integer most) {
		this.fewest = fewest;
		this.most = most;
	}

	/** The bucket of a term so many days past due (0 or less: not yet due). */
	public static AgeBucket of(long daysOverdue) {
		for (AgeBucket bucket : values()) {
			if (bucket.most == null || daysOverdue <= bucket.most) {
				return bucket;
			}
		}
		return OVER_365;
	}

	/** The earliest due day in the bucket on that day, or null when open. */
	LocalDate dueFrom(LocalDate today) {
		if (this == NOT_DUE) {
			return today;
		}
		return most == null ? null : today.minusDays(most);
	}

	/** The latest due day in the bucket on that day, or null when open. */
	LocalDate dueTo(LocalDate today) {
		return this == NOT_DUE ? null : today.minusDays(fewest);
	}

	public boolean overdue() {
		return this != NOT_DUE;
	}
}
