package org.hutong.customers.customer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.hutong.customers.naming.CompanyNames;
import org.hutong.customers.naming.Pinyin;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Chinese duplicate control. An equal normalised name or credit code blocks; a similar name warns
 * until the user confirms. A message names the clashing customer and its owner (by display name
 * only, or 公海) to a user who may read that customer; anyone else is told that a duplicate exists
 * and whom to ask: the owner, by name only ({@link #clash}). The database holds the same rules
 * ({@link CustomerUniqueKeys}), so two requests at once cannot both pass this check and save.
 */
@Component
public class Duplicates {

	/** The error code of the warning that a confirm checkbox overrides. */
	public static final String SIMILAR = "customer.similar.name";

	private static final int CANDIDATES = 200;

	private final CustomerRepository customers;

	private final Colleagues colleagues;

	private final CustomerAccess access;

	Duplicates(CustomerRepository customers, Colleagues colleagues, CustomerAccess access) {
		this.customers = customers;
		this.colleagues = colleagues;
		this.access = access;
	}

	/** A message about a clashing customer: its code, and the arguments the viewer may see. */
	public record Clash(String code, Object[] arguments) {

		public void rejectOn(Errors errors, String field) {
			errors.rejectValue(field, code, arguments, null);
		}
	}

	/**
	 * Rejects the name or credit code of the form when another customer ({@code self} excepted) has
	 * it, telling {@code viewer} only what they may see.
	 */
	void check(SignedInUser viewer, CustomerForm form, Long self, Errors errors) {
		String normalised = CompanyNames.normalise(form.name());
		if (!errors.hasFieldErrors("name") && !normalised.isEmpty()) {
			other(customers.findByLiveName(normalised), self)
				.ifPresent(clash -> clash("customer.duplicate.name", viewer, clash).rejectOn(errors, "name"));
		}
		if (!errors.hasFieldErrors("creditCode") && form.creditCode() != null) {
			other(customers.findByCreditCode(form.creditCode()), self)
				.ifPresent(clash -> clash("customer.duplicate.creditCode", viewer, clash).rejectOn(errors, "creditCode"));
		}
		if (!errors.hasErrors() && !form.confirmSimilar() && !normalised.isEmpty()) {
			// an equal name saved by another request since the first query is a duplicate, not similar
			similar(form.name(), normalised, self)
				.ifPresent(clash -> clash(normalised.equals(clash.getKeys().getNameNormalised())
						? "customer.duplicate.name" : SIMILAR, viewer, clash).rejectOn(errors, "name"));
		}
	}

	/**
	 * The message {@code code} about {@code clash}: with its name and owner (or 公海) when the viewer
	 * may read it, else {@code code.hidden} with the owner's display name only, so the viewer knows
	 * whom to ask without learning the customer.
	 */
	public Clash clash(String code, SignedInUser viewer, Customer clash) {
		Object owner = clash.isInPool() ? new DefaultMessageSourceResolvable("customer.pool")
				: colleagues.name(clash.getOwnerId()).orElse("");
		if (access.mayRead(viewer, clash)) {
			return new Clash(code, new Object[] { clash.getName(), owner });
		}
		return new Clash(code + ".hidden", new Object[] { owner });
	}

	public static boolean isOnlySimilar(Errors errors) {
		return errors.getErrorCount() == 1 && errors.getFieldErrors("name").stream()
			.anyMatch(error -> error.getCode() != null && error.getCode().startsWith(SIMILAR));
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
