package org.hutong.customers.customer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hutong.customers.naming.CompanyNames;
import org.hutong.customers.naming.SimilarKeys;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

	/**
	 * The most candidates compared. Prefix filtering keeps the list short (the rare part of the name
	 * leads each customer's keys); a name clashing beyond it is still refused by the database's rule.
	 */
	private static final int CANDIDATES = 500;

	private static final String ALIKE = """
			select distinct c.id, c.name_normalised from customers_search_key k
			join customers_customer c on c.tenant_id = k.tenant_id and c.id = k.customer_id
			where k.tenant_id = :tenantId and k.search_key in (:keys) and c.deleted_at is null and c.id <> :self
			limit :limit""";

	private final CustomerRepository customers;

	private final Colleagues colleagues;

	private final CustomerAccess access;

	private final TenantJdbc jdbc;

	Duplicates(CustomerRepository customers, Colleagues colleagues, CustomerAccess access, TenantJdbc jdbc) {
		this.customers = customers;
		this.colleagues = colleagues;
		this.access = access;
		this.jdbc = jdbc;
	}

	/** A message about a clashing customer: its code, and the arguments the viewer may see. */
	public record Clash(String code, Object[] arguments) {

		public void rejectOn(Errors errors, String field) {
			errors.rejectValue(field, code, arguments, null);
		}
	}

	/**
	 * Rejects the name or credit code of the form when another customer ({@code self} excepted) has
	 * it, telling {@code viewer} only what they may see. One indexed query finds the live customers
	 * whose names may be similar ({@link SimilarKeys}); an equal normalised name is among them.
	 */
	void check(SignedInUser viewer, CustomerForm form, Long self, Errors errors) {
		String normalised = CompanyNames.normalise(form.name());
		List<Alike> alike = errors.hasFieldErrors("name") || normalised.isEmpty() ? List.of() : alike(form.name(), self);
		alike.stream()
			.filter(candidate -> candidate.normalised().equals(normalised))
			.findFirst()
			.ifPresent(clash -> clash("customer.duplicate.name", viewer, clash).rejectOn(errors, "name"));
		if (!errors.hasFieldErrors("creditCode") && form.creditCode() != null) {
			other(customers.findByCreditCode(form.creditCode()), self)
				.ifPresent(clash -> clash("customer.duplicate.creditCode", viewer, clash).rejectOn(errors, "creditCode"));
		}
		if (!errors.hasErrors() && !form.confirmSimilar()) {
			alike.stream()
				.filter(candidate -> CompanyNames.similarityOfNormalised(candidate.normalised(), normalised) >= CompanyNames.SIMILAR)
				.findFirst()
				.ifPresent(clash -> clash(SIMILAR, viewer, clash).rejectOn(errors, "name"));
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

	/** A live customer sharing a similar-name key with the name checked: its id and normalised name. */
	private record Alike(long id, String normalised) {
	}

	private List<Alike> alike(String name, Long self) {
		List<String> keys = SimilarKeys.of(name);
		if (keys.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(ALIKE)
			.param("keys", keys)
			.param("self", self == null ? 0L : self)
			.param("limit", CANDIDATES)
			.query((row, number) -> new Alike(row.getLong(1), row.getString(2)))
			.list();
	}

	private Clash clash(String code, SignedInUser viewer, Alike alike) {
		return clash(code, viewer, customers.findById(alike.id()).orElseThrow());
	}

	private static Optional<Customer> other(List<Customer> found, Long self) {
		return found.stream().filter(customer -> !Objects.equals(customer.getId(), self)).findFirst();
	}
}
