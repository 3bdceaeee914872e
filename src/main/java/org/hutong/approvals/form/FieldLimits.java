package org.hutong.approvals.form;

import java.math.BigDecimal;

/** The bounds every value is held to, whatever the form says: what a request can store and show. */
final class FieldLimits {

	static final int TEXT_DEFAULT = 200;

	static final int TEXT_MAX = 500;

	static final int LONG_TEXT_DEFAULT = 2000;

	static final int LONG_TEXT_MAX = 10_000;

	/** NUMERIC(19,2): seventeen digits before the point. */
	static final BigDecimal AMOUNT_MAX = new BigDecimal("99999999999999999.99");

	static final int ROWS_MAX = 200;

	static final int CHOICES_MAX = 100;

	static final int ATTACHMENTS_MAX = 20;

	static final int NAME_MAX = 200;

	/** Longer raw input than this is refused before it is parsed at all. */
	static final int RAW_MAX = 64;

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2200;

	private FieldLimits() {
	}
}
