package org.hutong.customers.customer;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.hutong.customers.CustomerCreated;
import org.hutong.customers.option.CustomerOptions;
import org.hutong.customers.option.OptionKind;
import org.hutong.customers.region.Regions;
import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.shared.CreditCode;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 客户 use cases: create (the creator owns it), update, move to the recycle bin, share with 协作人.
 * The credit code, the region cascade and duplicates are checked here and reported on the form's
 * fields, so pages and the API give the same answers.
 */
@Service
@Transactional
public class CustomerManagement {

	public static final String MAY_READ = "hasAuthority('customers.read')";

	public static final String MAY_WRITE = "hasAuthority('customers.write')";

	public static final String MAY_DELETE = "hasAuthority('customers.delete')";

	private final CustomerRepository customers;

	private final CustomerAccess access;

	private final Duplicates duplicates;

	private final Checks checks;

	private final Clock clock;

	CustomerManagement(CustomerRepository customers, CustomerAccess access, Duplicates duplicates, Checks checks,
			Clock clock) {
		this.customers = customers;
		this.access = access;
		this.duplicates = duplicates;
		this.checks = checks;
		this.clock = clock;
	}

	/** What the use cases need besides the customers themselves, bundled to keep the constructor short. */
	@Component
	record Checks(Regions regions, Colleagues colleagues, ApplicationEventPublisher events, CustomerChanges changes,
			CustomerOptions options, LiveContactMobiles mobiles) {
	}

	/**
	 * Answers the new customer as saved (so an answer can show it without reading it again), or
	 * {@code null} when {@code errors} says why not.
	 */
	@PreAuthorize(MAY_WRITE)
	public Customer create(SignedInUser actor, CustomerForm form, Errors errors) {
		CustomerForm checked = check(actor, form, null, errors);
		if (errors.hasErrors()) {
			return null;
		}
		Customer customer = customers.save(new Customer(checked, actor.userId(), actor.userId(), clock.instant()));
		checks.changes().created(actor.userId(), customer, customer.getCreatedAt());
		checks.events().publishEvent(new CustomerCreated(actor.tenantId(), customer.getId(), customer.getName(),
				customer.getOwnerId(), actor.userId()));
		return customer;
	}

	/** Changes the customer if {@code form.version()} is still current; a stale form is a conflict. */
	@PreAuthorize(MAY_WRITE)
	public void update(SignedInUser actor, long id, CustomerForm form, Errors errors) {
		Customer customer = access.writable(actor, id);
		if (!Objects.equals(form.version(), customer.getVersion())) {
			throw new ObjectOptimisticLockingFailureException(Customer.class, id);
		}
		CustomerForm checked = check(actor, form, customer, errors);
		if (!errors.hasErrors()) {
			Map<String, String> before = checks.changes().snapshot(customer);
			customer.describe(checked, clock.instant());
			checks.changes().changed(actor.userId(), customer, before, customer.getUpdatedAt());
			customers.flush();
		}
	}

	/** Moves the customer to the recycle bin: its owner may, and whoever sees all customers. */
	@PreAuthorize(MAY_DELETE)
	public void delete(SignedInUser actor, long id) {
		Customer customer = access.readable(actor, id);
		if (!access.mayDelete(actor, customer)) {
			throw new AccessDeniedException("only the owner or someone who sees all may delete");
		}
		customer.delete(clock.instant());
		checks.mobiles().release(id);
	}

	/** Shares the customer with an active colleague, or changes their access. */
	@PreAuthorize(MAY_WRITE)
	public void share(SignedInUser actor, long id, long userId, TeamAccess level) {
		Customer customer = access.writable(actor, id);
		if (!checks.colleagues().isActive(userId)) {
			throw new RecordNotFound();
		}
		customer.team().share(userId, level, clock.instant());
	}

	@PreAuthorize(MAY_WRITE)
	public void unshare(SignedInUser actor, long id, long userId) {
		access.writable(actor, id).team().unshare(userId, clock.instant());
	}

	@Transactional(readOnly = true)
	@PreAuthorize(MAY_WRITE)
	public CustomerForm formFor(SignedInUser actor, long id) {
		return CustomerForm.of(access.writable(actor, id));
	}

	/** Checks what Bean Validation cannot; answers the form with its credit code normalised. */
	private CustomerForm check(SignedInUser actor, CustomerForm form, Customer current, Errors errors) {
		Long self = current == null ? null : current.getId();
		CustomerForm checked = form.withCreditCode(CreditCode.normalise(form.creditCode()));
		if (checked.creditCode() != null && !CreditCode.isValid(checked.creditCode())) {
			errors.rejectValue("creditCode", "customer.creditCode.invalid");
		}
		if (!checks.regions().isValidCascade(form.province(), form.city(), form.county())) {
			errors.rejectValue("county", "customers.region.invalid");
		}
		checks.options().check(OptionKind.LEVEL, form.level(), current == null ? null : current.getLevel(), errors);
		checks.options().check(OptionKind.INDUSTRY, form.industry(), current == null ? null : current.getIndustry(),
				errors);
		checks.options().check(OptionKind.SOURCE, form.source(), current == null ? null : current.getSource(), errors);
		duplicates.check(actor, checked, self, errors);
		return checked;
	}
}
