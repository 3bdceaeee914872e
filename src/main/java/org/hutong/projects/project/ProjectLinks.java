package org.hutong.projects.project;

import java.util.List;
import java.util.Optional;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.SalesRecord;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * A project's links to a customer, a deal and a contract, by id and through their modules' public
 * directories: each must be a live record of the current enterprise. What a link shows (its name and
 * page) is offered only to a reader who may open it.
 */
@Component
public class ProjectLinks {

	static final String OPPORTUNITY = "opportunity";

	static final String CONTRACT = "contract";

	private final CustomerDirectory customers;

	private final List<SalesRecord> records;

	ProjectLinks(CustomerDirectory customers, List<SalesRecord> records) {
		this.customers = customers;
		this.records = records;
	}

	/** A linked record as the project's page shows it: a name, and its page when the reader may open it. */
	public record Link(long id, String label, String href) {
	}

	void check(ProjectForm form, Errors errors) {
		if (form.customerId() != null && customers.find(form.customerId()).isEmpty()) {
			errors.rejectValue("customerId", "project.link.unknown");
		}
		if (form.opportunityId() != null && record(OPPORTUNITY).flatMap(r -> r.label(form.opportunityId())).isEmpty()) {
			errors.rejectValue("opportunityId", "project.link.unknown");
		}
		if (form.contractId() != null && record(CONTRACT).flatMap(r -> r.label(form.contractId())).isEmpty()) {
			errors.rejectValue("contractId", "project.link.unknown");
		}
	}

	Link customer(SignedInUser reader, Long id) {
		if (id == null) {
			return null;
		}
		Optional<CustomerSummary> customer = customers.find(id);
		return customer.map(c -> new Link(id, c.name(), customers.canRead(reader, id) ? "/customers/" + id : null))
			.orElse(null);
	}

	Link sales(SignedInUser reader, String kind, Long id) {
		if (id == null) {
			return null;
		}
		return record(kind).flatMap(r -> r.label(id).map(label -> new Link(id, label, r.canRead(reader, id) ? r.href(id) : null)))
			.orElse(null);
	}

	private Optional<SalesRecord> record(String kind) {
		return records.stream().filter(r -> kind.equals(r.type())).findFirst();
	}
}
