package org.hutong.sales.contract;

import java.util.Map;

import org.hutong.sales.collection.Problem;
import org.hutong.sales.collection.TermCheck;
import org.springframework.validation.Errors;

/**
 * The payment-term engine's problems as form errors: a term's problem on the field of its row it is
 * about ({@code terms[2].value} …), a sum that misses as a global error with the difference in yuan
 * and percent — short of 100 % or over it, said so.
 */
final class TermProblems {

	/** Which field of a row a problem key is about, by its prefix; anything else is the row's name. */
	private static final Map<String, String> FIELDS = Map.of("term.share", "value", "term.upto", "value",
			"term.amount", "value", "term.date", "fixedDate", "term.offset", "offset", "term.retention", "warrantyMonths",
			"term.deemed", "deemedDays", "template.fixedAmount", "kind");

	private TermProblems() {
	}

	static void report(TermCheck check, Errors errors) {
		report(check, errors, "");
	}

	/**
	 * A template's problems: the same, but a sum that misses says so in percent alone
	 * ({@code template.term.shares.sum.short}), a template having no amount of its own.
	 */
	static void reportTemplate(TermCheck check, Errors errors) {
		report(check, errors, "template.");
	}

	private static void report(TermCheck check, Errors errors, String sumPrefix) {
		for (Problem problem : check.problems()) {
			if (problem.differenceAmount() != null) {
				boolean over = problem.differenceAmount().signum() < 0;
				errors.reject(sumPrefix + problem.key() + (over ? ".over" : ".short"), new Object[] {
						problem.differenceAmount().abs().toPlainString(), problem.differencePercent().abs().toPlainString() }, null);
			}
			else if (problem.term() != null && errors.getFieldErrors("terms[" + problem.term() + "]." + field(problem.key())).isEmpty()) {
				errors.rejectValue("terms[" + problem.term() + "]." + field(problem.key()), problem.key());
			}
			else if (problem.term() == null) {
				errors.reject(problem.key());
			}
		}
	}

	private static String field(String key) {
		return FIELDS.entrySet().stream().filter(entry -> key.startsWith(entry.getKey())).map(Map.Entry::getValue)
			.findFirst().orElse("name");
	}
}
