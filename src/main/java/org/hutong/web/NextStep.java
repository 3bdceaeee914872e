package org.hutong.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A step another module offers right after something is done on a page, as {@link RecordTab} adds a
 * tab: after a lead becomes a customer, "同时新建商机" (sales). The page lists the steps the user may
 * take as options; the chosen one is where the page goes next, so the page's module never learns
 * about the module that offers it.
 *
 * @param after what was just done, e.g. {@code lead.converted}
 * @param key the option's value in the form, lowercase: {@code opportunity}
 * @param label the message key of the option
 * @param url where to go, {@code {id}} standing for the record made: {@code /sales/opportunities/new?customer={id}}
 * @param order smaller first
 * @param permission what the user needs to be offered it
 */
public record NextStep(String after, String key, String label, String url, int order, String permission) {

	/** The steps after {@code after} the user may take, in order. */
	public static List<NextStep> offered(String after, List<NextStep> all, Predicate<String> has) {
		return all.stream()
			.filter(step -> step.after().equals(after) && (step.permission() == null || has.test(step.permission())))
			.sorted(Comparator.comparingInt(NextStep::order))
			.toList();
	}

	/** The offered step named {@code key}; none for a key not offered (a forged one goes nowhere). */
	public static Optional<NextStep> chosen(List<NextStep> offered, String key) {
		return offered.stream().filter(step -> step.key().equals(key)).findFirst();
	}

	public String urlOf(long id) {
		return url.replace("{id}", Long.toString(id));
	}
}
