package org.hutong.sales.invoice;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.customers.CustomerDirectory;
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractFulfilment;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A contract's invoices as its page and the API show them, and one invoice, each read in one transaction. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class InvoiceDetails {

	private final InvoiceRepository invoices;

	private final InvoiceBuyerRepository buyers;

	private final ContractFulfilment contracts;

	private final CustomerDirectory customers;

	private final InvoiceFiles files;

	InvoiceDetails(InvoiceRepository invoices, InvoiceBuyerRepository buyers, ContractFulfilment contracts,
			CustomerDirectory customers, InvoiceFiles files) {
		this.invoices = invoices;
		this.buyers = buyers;
		this.contracts = contracts;
		this.customers = customers;
		this.files = files;
	}

	public InvoicesView of(SignedInUser user, long contractId) {
		ContractFulfilment.Fulfilled contract = contracts.readable(user, contractId);
		ContractFulfilment.Invoicing invoicing = contracts.invoicing(contractId);
		Map<Integer, String> names = names(contract);
		List<Invoice> all = invoices.findByContractIdOrderById(contractId);
		BigDecimal requested = all.stream().filter(i -> i.getStatus() == InvoiceStatus.REQUESTED).map(Invoice::getAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<InvoicesView.Row> rows = all.stream().sorted(Comparator.comparing(Invoice::getId).reversed())
			.map(i -> row(i, names)).toList();
		// what is issued, per rate: each issued invoice's rows scaled to the amount it was issued for
		InvoiceLines issued = new InvoiceLines(all.stream().filter(i -> i.getStatus() == InvoiceStatus.ISSUED)
			.flatMap(i -> i.issuedLines().items().stream()).toList());
		return new InvoicesView(contractId, contract.currency(), contract.total(), invoicing.invoiced(), requested, rows,
				names.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList(),
				defaults(contract.customerId(), invoicing.taxRate()),
				contract.inEffect() && user.can(ContractPermissions.WRITE), user.can(ContractPermissions.ISSUE_INVOICES),
				issued.byRate());
	}

	/**
	 * A request being written with its rows filled in from the contract's lines, scaled to the amount
	 * asked for (by default what is still to invoice), for the page to show before it is sent.
	 */
	public InvoiceForm filled(SignedInUser user, long contractId, InvoiceForm form) {
		ContractFulfilment.Fulfilled contract = contracts.readable(user, contractId);
		ContractFulfilment.Invoicing invoicing = contracts.invoicing(contractId);
		return InvoiceRows.filled(form, invoicing, contract.number(), contract.total().subtract(invoicing.invoiced()));
	}

	/** One invoice, if the user may see its contract. */
	public InvoicesView.Row one(SignedInUser user, long invoiceId) {
		Invoice invoice = invoices.findById(invoiceId).orElseThrow(RecordNotFound::new);
		return row(invoice, names(contracts.readable(user, invoice.getContractId())));
	}

	/** An issued invoice's file, if the user may see its contract. */
	public Download file(SignedInUser user, long contractId, long invoiceId) {
		Invoice invoice = invoices.findById(invoiceId).filter(i -> i.getContractId() == contractId && i.getFileKey() != null)
			.orElseThrow(RecordNotFound::new);
		contracts.readable(user, contractId);
		return new Download(invoice.getFileName(), invoice.getFileType(), files.open(invoice.getFileKey()));
	}

	public record Download(String name, org.hutong.files.FileType type, org.springframework.core.io.Resource content) {
	}

	/** The buyer's details remembered for the customer, else the customer's name; the contract's tax rate. */
	private InvoiceForm defaults(long customerId, BigDecimal rate) {
		return buyers.findByCustomerId(customerId)
			.map(b -> InvoiceForm.prefilled(b.getName(), b.getTaxNumber(), b.getAddressPhone(), b.getBankAccount(), rate))
			.orElseGet(() -> {
				CustomerSummary customer = customers.findAll(Set.of(customerId)).get(customerId);
				return InvoiceForm.prefilled(customer == null ? null : customer.name(), null, null, null, rate);
			});
	}

	private static Map<Integer, String> names(ContractFulfilment.Fulfilled contract) {
		return contract.plan().stream()
			.collect(Collectors.toMap(ContractFulfilment.Due::term, ContractFulfilment.Due::name, (a, b) -> a));
	}

	private static InvoicesView.Row row(Invoice i, Map<Integer, String> names) {
		return new InvoicesView.Row(i.getId(), i.getContractId(), i.getNumber(), i.getKind(), i.getBuyerName(),
				i.getBuyerTaxNumber(), i.getBuyerAddressPhone(), i.getBuyerBankAccount(), i.getAmount(), i.getTaxRate(),
				i.getTax(), i.getRemarks(), i.getStatus(), i.getInvoiceNumber(), i.getIssuedOn(), i.getIssuedAmount(),
				i.getIssuedTax(), i.getFileName(), i.getRejection(), i.getVoidReason(),
				i.getTerms().stream().map(t -> new InvoicesView.Part(names.getOrDefault(t.getTermPosition(), "—"),
						t.getAmount())).toList(), i.lines().items(), i.lines().byRate(), i.getVersion());
	}
}
