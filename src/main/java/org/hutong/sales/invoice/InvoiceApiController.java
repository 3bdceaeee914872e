package org.hutong.sales.invoice;

import java.net.URI;
import java.util.HashMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * 开票 through the API: {@code GET /api/v1/contracts/{id}/invoices} and {@code POST} a request — with
 * {@code lines: [{name, amount, taxRate}]} (the amount is their sum, the tax each row's summed) or one
 * {@code amount} at a {@code taxRate}; each invoice answers its lines and totals per rate;
 * {@code GET /api/v1/invoices/{id}}; finance's {@code POST /api/v1/invoices/{id}/issue} (number, day,
 * amount, tax — the file only on the page), {@code …/reject} and {@code …/void} with the reason. The
 * version decided on comes as {@code If-Match} or in the body; a stale one answers 409. A request
 * beyond what is still to invoice, a tax number with a bad check character, an issue that would
 * invoice beyond the contract's amount answer 400 problem+json naming the field or the reason.
 */
@RestController
@Tag(name = "Invoices", description = "开票: invoice requests against a contract's terms, with rows at several tax rates, "
		+ "and the invoices finance issued in the tax-control system (Hutong keeps the records, it issues no tax invoices)")
@ApiResponse(responseCode = "404", description = "No such contract or invoice, or one the caller may not see",
		content = @Content(mediaType = "application/problem+json"))
class InvoiceApiController {

	private static final String REFUSED = """
			{"type": "about:blank", "status": 400, "title": "请求有误", "detail": "请检查标出的字段",
			 "errors": {"lines[1].taxRate": "税率须在 0 至 17 之间，最多两位小数", "lines[0].name": "必填"}}""";

	private final InvoiceDetails details;

	private final InvoiceManagement management;

	InvoiceApiController(InvoiceDetails details, InvoiceManagement management) {
		this.details = details;
		this.management = management;
	}

	/** A 退回 or 作废: the version decided on, and why. */
	record Decision(Long version, String reason) {
	}

	@GetMapping("/api/v1/contracts/{id}/invoices")
	@PreAuthorize(ContractPermissions.MAY_READ)
	@Operation(summary = "The contract's invoices, newest first, with contracted, invoiced, requested and the "
			+ "issued invoices' totals per tax rate; a new request's defaults")
	InvoicesView invoices(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		return details.of(me, id);
	}

	@PostMapping("/api/v1/contracts/{id}/invoices")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	@Operation(summary = "Request an invoice: kind, buyer's tax details, and lines or one amount with its tax rate",
			description = "Either `lines: [{name, amount, taxRate}]` — amounts with tax, rates 0–17 % in two decimals; "
					+ "the tax is split out on each line HALF_UP to the fen and summed, the invoice's amount is the lines' "
					+ "sum (an `amount` sent as well must equal it) — or one `amount` at `taxRate` (by default the rate of "
					+ "the contract's largest line), kept as one line. Optionally `terms: [{term, amount}]`; by default the "
					+ "amount goes to the terms in the order they fall due.")
	@ApiResponse(responseCode = "201", description = "Requested; Location names the invoice")
	@ApiResponse(responseCode = "400", description = "A field refused, named as sent (`lines[1].taxRate`, `amount` …)",
			content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(value = REFUSED)))
	ResponseEntity<InvoicesView.Row> request(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody InvoiceForm form) throws BindException {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "invoice");
		Long invoice = management.request(me, id, form, errors);
		if (invoice == null) {
			throw new BindException(errors);
		}
		return created(details.one(me, invoice));
	}

	@GetMapping("/api/v1/invoices/{id}")
	@PreAuthorize(ContractPermissions.MAY_READ)
	@Operation(summary = "One invoice: as requested (lines, totals per rate) and as issued; its version as ETag")
	ResponseEntity<InvoicesView.Row> one(@AuthenticationPrincipal SignedInUser me, @PathVariable long id) {
		InvoicesView.Row row = details.one(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(row.version())).body(row);
	}

	@PostMapping("/api/v1/invoices/{id}/issue")
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	@Operation(summary = "Finance records the invoice issued: number, day, amount and tax",
			description = "The amount is at most the one requested (by default it); the tax by default the lines' taxes "
					+ "summed (the lines scaled to the amount issued) and may differ from that by a fen a line only.")
	ResponseEntity<InvoicesView.Row> issue(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Valid @RequestBody IssueForm form, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		IssueForm versioned = form.withVersion(Versions.fromIfMatch(ifMatch, form.version()));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(versioned, "issue");
		management.issue(me, id, versioned, null, errors);
		return answer(me, id, errors);
	}

	@PostMapping("/api/v1/invoices/{id}/reject")
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	@Operation(summary = "Finance sends a request back, with the reason")
	ResponseEntity<InvoicesView.Row> reject(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody Decision decision, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		management.reject(me, id, version(me, id, ifMatch, decision), decision.reason(), errors);
		return answer(me, id, errors);
	}

	@PostMapping("/api/v1/invoices/{id}/void")
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	@Operation(summary = "Finance voids an issued invoice (red-letter or cancelled), with the reason")
	ResponseEntity<InvoicesView.Row> voidInvoice(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@RequestBody Decision decision, @RequestHeader(name = "If-Match", required = false) String ifMatch)
			throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		management.voidInvoice(me, id, version(me, id, ifMatch, decision), decision.reason(), errors);
		return answer(me, id, errors);
	}

	/** The version decided on: If-Match, else the body's, else the one read now. */
	private long version(SignedInUser me, long id, String ifMatch, Decision decision) {
		Long version = Versions.fromIfMatch(ifMatch, decision.version());
		return version != null ? version : details.one(me, id).version();
	}

	private ResponseEntity<InvoicesView.Row> answer(SignedInUser me, long id, org.springframework.validation.Errors errors)
			throws BindException {
		if (errors.hasErrors()) {
			throw new BindException((org.springframework.validation.BindingResult) errors);
		}
		InvoicesView.Row row = details.one(me, id);
		return ResponseEntity.ok().eTag(String.valueOf(row.version())).body(row);
	}

	private static ResponseEntity<InvoicesView.Row> created(InvoicesView.Row row) {
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + row.id())).eTag(String.valueOf(row.version()))
			.body(row);
	}
}
