package org.hutong.sales.invoice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hutong.files.Upload;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.InvoiceIssued;
import org.hutong.sales.collection.Allocation;
import org.hutong.sales.contract.ContractFulfilment;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.shared.CreditCode;
import org.hutong.tenancy.DailyNumbers;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * 开票: the contract's side requests an invoice; finance records the invoice it issued in the
 * tax-control system, or sends the request back; an issued invoice may be voided. A request is never
 * for more than the contract has still to invoice, and issuing is checked again under the contract's
 * row lock against what is issued by then, so two invoices issued at the same moment cannot together
 * invoice beyond the contract's amount. The buyer's details are remembered for the customer.
 */
@Service
@Transactional
public class InvoiceManagement {

	/** Request numbers: KP-20261207-0001. */
	static final String NUMBER_PREFIX = "KP";

	private final InvoiceRepository invoices;

	private final InvoiceBuyerRepository buyers;

	private final ContractFulfilment contracts;

	private final DailyNumbers numbers;

	private final ApplicationEventPublisher events;

	private final InvoiceFiles files;

	private final Clock clock;

	InvoiceManagement(InvoiceRepository invoices, InvoiceBuyerRepository buyers, ContractFulfilment contracts,
			DailyNumbers numbers, ApplicationEventPublisher events, InvoiceFiles files, Clock clock) {
		this.invoices = invoices;
		this.buyers = buyers;
		this.contracts = contracts;
		this.numbers = numbers;
		this.events = events;
		this.files = files;
		this.clock = clock;
	}

	/** 开票申请: answers its id, or null when {@code errors} says why not. */
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	public Long request(SignedInUser actor, long contractId, InvoiceForm form, Errors errors) {
		ContractFulfilment.Fulfilled contract = contracts.locked(actor, contractId);
		if (!contract.inEffect()) {
			errors.reject("invoice.contract.notInEffect");
			return null;
		}
		String taxNumber = CreditCode.normalise(form.buyerTaxNumber());
		if (taxNumber != null && !CreditCode.isValid(taxNumber)) {
			errors.rejectValue("buyerTaxNumber", "invoice.buyer.taxNumber.invalid");
		}
		ContractFulfilment.Invoicing invoicing = contracts.invoicing(contractId);
		InvoiceLines rows = InvoiceRows.requested(form, invoicing, contract.number(), errors);
		BigDecimal left = contract.total().subtract(invoicing.invoiced());
		if (rows != null && rows.total().compareTo(left) > 0) {
			errors.rejectValue(form.lines().isEmpty() ? "amount" : "lines", "invoice.amount.overRemaining",
					new Object[] { money(left) }, null);
		}
		Map<Integer, BigDecimal> spread = errors.hasErrors() ? Map.of() : spread(contract, invoicing, form, rows.total(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = clock.instant();
		buyers.save(buyers.findByCustomerId(contract.customerId()).orElseGet(() -> new InvoiceBuyer(contract.customerId()))
			.remember(form, taxNumber, now));
		return invoices.save(new Invoice(contractId, numbers.next(NUMBER_PREFIX, now), form, taxNumber, rows, spread,
				actor.userId(), now)).getId();
	}

	/**
	 * 已开票: the invoice as issued counts from now, for the request's terms in order as far as its
	 * amount goes; refused when the contract would be invoiced beyond its amount. The amount issued is
	 * at most the one requested (by default it); the tax issued (by default the rows' taxes summed, the
	 * rows scaled to the amount issued) may differ from that by rounding only — a fen a row. The first
	 * issued invoice's day is the contract's 开票 day.
	 */
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	public void issue(SignedInUser actor, long invoiceId, IssueForm form, MultipartFile file, Errors errors) {
		Invoice invoice = pending(invoiceId, form.version(), errors);
		if (invoice == null) {
			return;
		}
		ContractFulfilment.Fulfilled contract = contracts.locked(actor, invoice.getContractId());
		BigDecimal amount = form.amount() == null ? invoice.getAmount() : form.amount();
		BigDecimal tax = form.tax() == null ? invoice.lines().scaledTo(amount).tax() : form.tax();
		checkIssue(form, invoice, amount, tax, errors);
		Upload upload = files.check(file, errors);
		if (errors.hasErrors()) {
			return;
		}
		Map<Integer, BigDecimal> byTerm = upTo(invoice.byTerm(), amount);
		LocalDate first = firstIssuedOn(contract.id(), invoiceId, form.issuedOn());
		if (!contracts.invoiced(contract.id(), amount, byTerm, first)) {
			BigDecimal left = contract.total().subtract(contracts.invoicing(contract.id()).invoiced());
			errors.reject("invoice.overInvoiced", new Object[] { money(left) }, null);
			return;
		}
		Instant now = clock.instant();
		invoice.issue(form.invoiceNumber(), form.issuedOn(), amount, tax, byTerm, actor.userId(), now);
		if (upload != null) {
			InvoiceFiles.Stored stored = files.keep(upload);
			invoice.attach(stored.key(), stored.name(), stored.type());
		}
		events.publishEvent(new InvoiceIssued(actor.tenantId(), contract.id(), invoice.getId(), amount, form.issuedOn(),
				contract.number(), contract.currency(), contract.customerId(), contract.ownerId(), actor.userId()));
	}

	/** 退回: the request will not be issued as it stands (wrong buyer details, not due yet …). */
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	public void reject(SignedInUser actor, long invoiceId, long version, String why, Errors errors) {
		Invoice invoice = pending(invoiceId, version, errors);
		if (invoice == null) {
			return;
		}
		contracts.locked(actor, invoice.getContractId());
		String reason = reason(why, "rejection", errors);
		if (reason != null) {
			invoice.reject(actor.userId(), reason, clock.instant());
		}
	}

	/** 作废: an issued invoice no longer counts; the contract's 开票 day moves to the earliest one left. */
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	public void voidInvoice(SignedInUser actor, long invoiceId, long version, String why, Errors errors) {
		Invoice invoice = current(invoiceId, version);
		if (invoice.getStatus() != InvoiceStatus.ISSUED) {
			errors.reject("invoice.notIssued");
			return;
		}
		contracts.locked(actor, invoice.getContractId());
		String reason = reason(why, "voidReason", errors);
		if (reason == null) {
			return;
		}
		Map<Integer, BigDecimal> back = new LinkedHashMap<>();
		invoice.byTerm().forEach((term, part) -> back.put(term, part.negate()));
		contracts.invoiced(invoice.getContractId(), invoice.getIssuedAmount().negate(), back,
				firstIssuedOn(invoice.getContractId(), invoiceId, null));
		invoice.voided(actor.userId(), reason, clock.instant());
	}

	private void checkIssue(IssueForm form, Invoice invoice, BigDecimal amount, BigDecimal tax, Errors errors) {
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		if (form.issuedOn() != null && (form.issuedOn().getYear() < 2000 || form.issuedOn().isAfter(today))) {
			errors.rejectValue("issuedOn", "invoice.day.range", new Object[] { today.toString() }, null);
		}
		if (amount.compareTo(invoice.getAmount()) > 0) {
			errors.rejectValue("amount", "invoice.issue.overRequested", new Object[] { money(invoice.getAmount()) }, null);
		}
		else if (tax.compareTo(amount) >= 0) {
			errors.rejectValue("tax", "invoice.tax.range");
		}
		else {
			InvoiceLines rows = invoice.lines().scaledTo(amount);
			BigDecimal rounding = new BigDecimal("0.01").multiply(BigDecimal.valueOf(rows.items().size()));
			if (tax.subtract(rows.tax()).abs().compareTo(rounding) > 0) {
				errors.rejectValue("tax", "invoice.tax.rounding", new Object[] { money(rows.tax()), money(rounding) }, null);
			}
		}
	}

	private Invoice pending(long invoiceId, Long version, Errors errors) {
		Invoice invoice = current(invoiceId, version);
		if (invoice.getStatus() != InvoiceStatus.REQUESTED) {
			errors.reject("invoice.decided");
			return null;
		}
		return invoice;
	}

	private Invoice current(long invoiceId, Long version) {
		Invoice invoice = invoices.findById(invoiceId).orElseThrow(RecordNotFound::new);
		if (version != null && invoice.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Invoice.class, invoiceId);
		}
		return invoice;
	}

	private static String reason(String why, String field, Errors errors) {
		String reason = why == null || why.isBlank() ? null : why.strip();
		if (reason == null || reason.length() > 200) {
			errors.rejectValue(field, "invoice.reason.required");
			return null;
		}
		return reason;
	}

	/** The day of the earliest invoice of the contract still issued, counting this one issued on {@code day} (or not, with none). */
	private LocalDate firstIssuedOn(long contractId, long invoiceId, LocalDate day) {
		return invoices.findByContractIdOrderById(contractId).stream()
			.filter(i -> i.getStatus() == InvoiceStatus.ISSUED && !i.getId().equals(invoiceId))
			.map(Invoice::getIssuedOn).reduce(day, (a, b) -> a == null || b.isBefore(a) ? b : a);
	}

	/** The request's parts in term order, as far as the amount issued goes. */
	private static Map<Integer, BigDecimal> upTo(Map<Integer, BigDecimal> parts, BigDecimal amount) {
		Map<Integer, BigDecimal> spread = new LinkedHashMap<>();
		BigDecimal left = amount;
		for (Map.Entry<Integer, BigDecimal> part : parts.entrySet()) {
			BigDecimal taken = left.min(part.getValue());
			if (taken.signum() > 0) {
				spread.put(part.getKey(), taken);
				left = left.subtract(taken);
			}
		}
		return spread;
	}

	/**
	 * How the request is spread over the terms: as given (adding up to the amount, no term beyond what
	 * is not yet invoiced or requested of it), else the terms in the order they fall due — those with a
	 * due day first, then the others in order.
	 */
	private Map<Integer, BigDecimal> spread(ContractFulfilment.Fulfilled contract, ContractFulfilment.Invoicing invoicing,
			InvoiceForm form, BigDecimal total, Errors errors) {
		Map<Integer, BigDecimal> open = openByTerm(contract, invoicing);
		if (!form.terms().isEmpty()) {
			return given(form, total, open, errors);
		}
		return Allocation.oldestDueFirst(total,
				contract.plan().stream().map(due -> new Allocation.Slot(due.term(), due.dueDate())).toList(), open);
	}

	private static Map<Integer, BigDecimal> given(InvoiceForm form, BigDecimal total, Map<Integer, BigDecimal> open,
			Errors errors) {
		Allocation.Given given = Allocation.asGiven(form.terms().stream()
			.map(part -> new Allocation.Part(part.term(), part.amount())).toList(), open);
		for (Allocation.Problem problem : given.problems()) {
			String at = "terms[" + problem.index() + "].";
			if (problem.kind() == Allocation.Problem.Kind.UNKNOWN_TERM) {
				errors.rejectValue(at + "term", "invoice.term.unknown");
			}
			else {
				errors.rejectValue(at + "amount", "invoice.term.overOpen", new Object[] { money(problem.open()) }, null);
			}
		}
		if (!given.addsUpTo(total)) {
			errors.rejectValue("terms", "invoice.term.sum", new Object[] { money(given.sum()), money(total) }, null);
		}
		return given.spread();
	}

	/** Each term's installments (batches summed) less what is issued on it and what waiting requests ask of it. */
	private Map<Integer, BigDecimal> openByTerm(ContractFulfilment.Fulfilled contract, ContractFulfilment.Invoicing invoicing) {
		Map<Integer, BigDecimal> open = new HashMap<>();
		contract.plan().forEach(due -> open.merge(due.term(), due.amount(), BigDecimal::add));
		List<BigDecimal> issued = invoicing.termsInvoiced();
		for (int term = 0; term < issued.size(); term++) {
			BigDecimal done = issued.get(term);
			open.computeIfPresent(term, (t, left) -> left.subtract(done));
		}
		for (Invoice invoice : invoices.findByContractIdOrderById(contract.id())) {
			if (invoice.getStatus() == InvoiceStatus.REQUESTED) {
				invoice.byTerm().forEach((term, part) -> open.computeIfPresent(term, (t, left) -> left.subtract(part)));
			}
		}
		return open;
	}

	static String money(BigDecimal amount) {
		return String.format(java.util.Locale.ROOT, "%,.2f", amount);
	}
}
