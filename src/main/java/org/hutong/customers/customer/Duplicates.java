package org.hutong.customers.customer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.hutong.customers.naming.CompanyNames;
import org.hutong.customers.naming.Pinyin;
import org.hutong.identity.Colleagues;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Chinese duplicate control. An equal normalised name or credit code blocks; a similar name warns
 * until the user confirms. Each message names the clashing customer and its owner (by display name
 * only, or 公海), never more, since the user may not be allowed to see that customer.
 */
@Component
public class Duplicates {

	/** The error code of the warning that a confirm checkbox overrides. */
	public static final String SIMILAR = "customer.similar.name";

	private static final int CANDIDATES = 200;

	private final CustomerRepository customers;

	private final Colleagues colleagues;

	Duplicates(CustomerRepository customers, Colleagues colleagues) {
		this.customers = customers;
		this.colleagues = colleagues;
	}

	/** Rejects the name or credit code of the form when another customer ({@code self} excepted) has it. */
	void check(CustomerForm form, Long self, Errors errors) {
		String normalised = CompanyNames.normalise(form.name());
		if (!errors.hasFieldErrors("name") && !normalised.isEmpty()) {
			other(customers.findByKeysNameNormalisedAndDeletedAtIsNull(normalised), self)
				.ifPresent(clash -> errors.rejectValue("name", "customer.duplicate.name", describe(clash), null));
		}
		if (!errors.hasFieldErrors("creditCode") && form.creditCode() != null) {
			other(customers.findByCreditCode(form.creditCode()), self)
				.ifPresent(clash -> errors.rejectValue("creditCode", "customer.duplicate.creditCode", describe(clash), null));
		}
		if (!errors.hasErrors() && !form.confirmSimilar() && !normalised.isEmpty()) {
			similar(form.name(), normalised, self)
				.ifPresent(clash -> errors.rejectValue("name", SIMILAR, describe(clash), null));
		}
	}

	/** The clashing customer's name and its owner's name (or 公海), as message arguments. */
	public Object[] describe(Customer clash) {
		Object owner = clash.isInPool() ? new DefaultMessageSourceResolvable("customer.pool")
				: colleagues.name(clash.getOwnerId()).orElse("");
		return new Object[] { clash.getName(), owner };
	}

	public static boolean isOnlySimilar(Errors errors) {
		return errors.getErrorCount() == 1 && errors.getFieldErrors("name").stream()
			.anyMatch(error -> SIMILAR.equals(error.getCode()));
	}

	private Optional<Customer> similar(String name, String normalised, Long self) {
		String lead = normalised.substring(0, Math.min(2, normalised.length())).replace("%", "");
		// two indexed queries rather than one OR, which neither database answers from an index
		Stream<Customer> candidates = Stream.concat(customers
			.findByNameStart(lead, lead + Character.MAX_VALUE, lead + "%", Limit.of(CANDIDATES)).stream(),
				customers.findByInitials(Pinyin.initials(name), Limit.of(CANDIDATES)).stream());
		return candidates
			.filter(candidate -> !Objects.equals(candidate.getId(), self))
			.filter(candidate -> CompanyNames.similarity(candidate.getName(), name) >= CompanyNames.SIMILAR)
			.findFirst();
	}

	private static Optional<Customer> other(List<Customer> found, Long self) {
		return found.stream().filter(customer -> !Objects.equals(customer.getId(), self)).findFirst();
	}
}
