package org.hutong.customers.imports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hutong.customers.customer.Customer;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.customers.customer.CustomerUpserts;
import org.hutong.customers.customer.Duplicates;
import org.hutong.transfer.ImportOutcome;
import org.hutong.transfer.ImportTable;
import org.hutong.transfer.RowError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One row into the customers: found by credit code, else by normalised name (CompanyNames). A
 * customer found that the importer may change is updated with the row's non-empty cells; one they
 * may not change refuses the row, naming it and its owner as the create form does; none found is
 * created for the target owner or in the pool. A dry run decides the same way and writes nothing.
 */
@Component
class ImportUpsert {

	private final ImportChecks checks;

	private final CustomerUpserts customers;

	private final FirstContacts contacts;

	private final Duplicates duplicates;

	private final MessageSource messages;

	ImportUpsert(ImportChecks checks, CustomerUpserts customers, FirstContacts contacts, Duplicates duplicates,
			MessageSource messages) {
		this.checks = checks;
		this.customers = customers;
		this.contacts = contacts;
		this.duplicates = duplicates;
		this.messages = messages;
	}

	ImportOutcome apply(ImportTable.Line line, ImportMapping mapping, ImportTarget target, List<RowError> errors) {
		try {
			return upsert(line, mapping, target, errors);
		}
		finally {
			customers.settle();
		}
	}

	private ImportOutcome upsert(ImportTable.Line line, ImportMapping mapping, ImportTarget target,
			List<RowError> errors) {
		int before = errors.size();
		CustomerPatch patch = checks.patch(line, mapping, target.locale(), errors);
		if (errors.size() > before) {
			return ImportOutcome.REFUSED;
		}
		Optional<Customer> found = match(line.number(), patch, target, errors);
		if (errors.size() > before) {
			return ImportOutcome.REFUSED;
		}
		Customer existing = found.orElse(null);
		CustomerForm form = existing == null ? patch.asNew() : patch.onto(customers.formOf(existing));
		checks.validate(form, line.number(), errors);
		Long customerId = existing == null ? null : existing.getId();
		if (patch.contact() != null) {
			contacts.clash(patch.contact().mobile(), customerId)
				.ifPresent(clash -> reject(errors, line.number(), ImportField.CONTACT_MOBILE, duplicates.clash("customer.duplicate.mobile", target.importer(), clash), target));
		}
		if (errors.size() > before) {
			return ImportOutcome.REFUSED;
		}
		return existing == null ? create(form, patch, target) : update(existing, form, patch, target);
	}

	private ImportOutcome create(CustomerForm form, CustomerPatch patch, ImportTarget target) {
		if (!target.dryRun()) {
			Customer created = customers.create(target.importer().userId(), target.ownerId(), form);
			if (patch.contact() != null) {
				contacts.add(created.getId(), patch.contact());
			}
		}
		return ImportOutcome.CREATED;
	}

	private ImportOutcome update(Customer existing, CustomerForm form, CustomerPatch patch, ImportTarget target) {
		boolean contactIsNew = patch.contact() != null && contacts.isNew(existing.getId(), patch.contact());
		boolean changes = !customers.formOf(existing).withVersion(null).equals(form.withVersion(null));
		if (!target.dryRun()) {
			changes = customers.update(target.importer().userId(), existing, form);
			if (contactIsNew) {
				contacts.add(existing.getId(), patch.contact());
			}
		}
		return changes || contactIsNew ? ImportOutcome.UPDATED : ImportOutcome.UNCHANGED;
	}

	/**
	 * The customer the row updates: the holder of its credit code, else the customer of its name. A
	 * name or code held by another customer, or a customer the importer may not change, refuses it.
	 */
	private Optional<Customer> match(int row, CustomerPatch patch, ImportTarget target, List<RowError> errors) {
		String code = patch.values().creditCode();
		Optional<Customer> byCode = customers.withCreditCode(code);
		Optional<Customer> byName = customers.named(patch.values().name()).stream().findFirst();
		if (byCode.isPresent() && byCode.get().isDeleted()) {
			reject(errors, row, ImportField.CREDIT_CODE, duplicates.clash("customer.duplicate.creditCode", target.importer(), byCode.get()), target);
			return Optional.empty();
		}
		Optional<Customer> found = byCode.or(() -> byName);
		boolean otherName = byName.isPresent() && found.isPresent() && !Objects.equals(byName.get().getId(),
				found.get().getId());
		boolean otherCode = byCode.isEmpty() && code != null && byName.map(Customer::getCreditCode).isPresent();
		if (otherName || otherCode) {
			reject(errors, row, ImportField.NAME, duplicates.clash("customer.duplicate.name", target.importer(), byName.get()), target);
			return Optional.empty();
		}
		if (found.isPresent() && !target.mayWrite(found.get())) {
			ImportField field = byCode.isPresent() ? ImportField.CREDIT_CODE : ImportField.NAME;
			reject(errors, row, field, duplicates.clash("import.clash.readOnly", target.importer(), found.get()), target);
			return Optional.empty();
		}
		return found;
	}

	private void reject(List<RowError> errors, int row, ImportField field, Duplicates.Clash clash,
			ImportTarget target) {
		errors.add(new RowError(row, field, messages.getMessage(clash.code(), clash.arguments(), target.locale())));
	}
}
