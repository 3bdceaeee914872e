package org.hutong.sales.invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hutong.sales.contract.ContractFulfilment;
import org.springframework.validation.Errors;

/**
 * The rows of a request from its form: the rows typed (their sum is the amount; an amount given as
 * well must equal it), or the one amount at its rate (by default the contract's) as one row named
 * after the contract's largest line at that rate; and the rows the page offers to fill in from the
 * contract's lines, scaled to the amount asked for.
 */
final class InvoiceRows {

	private InvoiceRows() {
	}

	/** The request's rows, or null when {@code errors} says why there are none. */
	static InvoiceLines requested(InvoiceForm form, ContractFulfilment.Invoicing invoicing, String contractNumber,
			Errors errors) {
		if (form.lines().isEmpty()) {
			if (form.amount() == null) {
				errors.rejectValue("amount", "invoice.required");
				return null;
			}
			BigDecimal rate = form.taxRate() == null ? invoicing.taxRate() : form.taxRate();
			return InvoiceLines.single(nameAt(invoicing, rate, contractNumber), form.amount(), rate);
		}
		InvoiceLines rows = form.typed();
		if (rows.items().size() != form.lines().size()) {
			errors.rejectValue("lines", "invoice.lines.invalid"); // a row its fields refuse
			return null;
		}
		if (form.amount() != null && form.amount().compareTo(rows.total()) != 0) {
			errors.rejectValue("amount", "invoice.lines.sum",
					new Object[] { InvoiceManagement.money(rows.total()), InvoiceManagement.money(form.amount()) }, null);
			return null;
		}
		return rows;
	}

	/**
	 * The form with its rows filled in from the contract's lines, scaled to the amount asked for — the
	 * form's amount, else what its rows add up to, else what is still to invoice.
	 */
	static InvoiceForm filled(InvoiceForm form, ContractFulfilment.Invoicing invoicing, String contractNumber,
			BigDecimal uninvoiced) {
		BigDecimal typed = form.typed().total();
		BigDecimal amount = form.amount() != null && form.amount().signum() > 0 ? form.amount()
				: typed.signum() > 0 ? typed : uninvoiced;
		List<InvoiceLines.Draft> lines = invoicing.lines().stream()
			.map(l -> new InvoiceLines.Draft(l.name(), l.total(), l.taxRate())).toList();
		InvoiceLines rows = lines.isEmpty() || amount.signum() <= 0
				? InvoiceLines.single(contractNumber, amount.max(BigDecimal.ZERO), invoicing.taxRate())
				: InvoiceLines.fromContract(lines, amount);
		List<InvoiceForm.Line> filled = new ArrayList<>();
		rows.items().stream().limit(InvoiceForm.MAX_LINES)
			.forEach(item -> filled.add(new InvoiceForm.Line(item.name(), item.amount(), item.taxRate())));
		return form.withLines(filled);
	}

	/** The name of the contract's largest line at this rate, else of its largest line, else the contract's number. */
	private static String nameAt(ContractFulfilment.Invoicing invoicing, BigDecimal rate, String contractNumber) {
		Comparator<ContractFulfilment.Rated> bySize = Comparator.comparing(ContractFulfilment.Rated::total);
		return invoicing.lines().stream().filter(l -> l.taxRate().compareTo(rate) == 0).max(bySize)
			.or(() -> invoicing.lines().stream().max(bySize)).map(ContractFulfilment.Rated::name).orElse(contractNumber);
	}
}
