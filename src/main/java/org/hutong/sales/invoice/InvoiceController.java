package org.hutong.sales.invoice;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.web.RecordNotFound;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 发票 on a contract's page: the section it loads, the 开票申请 form — with its rows filled in from the
 * contract's lines or typed row by row — and finance's 已开票 (number, day, amount, tax, file), 退回 and
 * 作废; finance's list of what waits and what was issued. A refused form answers 422 with what was
 * typed and the reason.
 */
@Controller
class InvoiceController {

	private static final String SECTION = "sales/invoice/section";

	private final InvoiceDetails details;

	private final InvoiceManagement management;

	private final InvoiceList lists;

	InvoiceController(InvoiceDetails details, InvoiceManagement management, InvoiceList lists) {
		this.details = details;
		this.management = management;
		this.lists = lists;
	}

	/** 开票: the requests waiting for finance (oldest first), and the invoices issued (latest first). */
	@GetMapping("/sales/invoices")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) InvoiceList.Kind list,
			@RequestParam(required = false) String after, Model model) {
		InvoiceList.Kind shown = list == null ? InvoiceList.Kind.WAITING : list;
		model.addAttribute("shown", shown);
		model.addAttribute("page", lists.of(me, shown, after));
		return "sales/invoice/list";
	}

	/** Rows shown on a request being written beyond those it holds, for more to be typed. */
	static final int BLANK_ROWS = 2;

	@InitBinder({ "invoice", "issue" })
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/sales/contracts/{id}/invoices")
	@PreAuthorize(ContractPermissions.MAY_READ)
	String section(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		InvoicesView view = details.of(me, id);
		model.addAttribute("invoices", view);
		model.addAttribute("invoice", view.defaults());
		return SECTION;
	}

	@PostMapping("/sales/contracts/{id}/invoices")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String request(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("invoice") InvoiceForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors() || management.request(me, id, form, errors) == null) {
			int rows = form != null ? form.lines().size() : postedRows(request);
			model.addAttribute("lineRows", rows == 0 ? 0 : rows + BLANK_ROWS);
			return refused(me, id, model, response);
		}
		redirect.addFlashAttribute("notice", "invoice.requested");
		return "redirect:/sales/contracts/" + id + "#invoices";
	}

	/**
	 * The request being written, shown again with its rows filled in from the contract's lines
	 * ({@code fill}) or with empty rows to type them ({@code rows}); nothing is saved.
	 */
	@PostMapping("/sales/contracts/{id}/invoices/draft")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String draft(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @ModelAttribute("invoice") InvoiceForm form,
			BindingResult errors, @RequestParam(required = false) String fill, Model model, HttpServletRequest request) {
		model.addAttribute("invoices", details.of(me, id));
		if (form == null) {
			// something typed is unreadable (a letter in an amount): shown again as typed, with its message
			model.addAttribute("lineRows", postedRows(request) + BLANK_ROWS);
			return "sales/invoice/refused";
		}
		InvoiceForm shown = fill != null ? details.filled(me, id, form) : form;
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "invoice");
		model.addAttribute("invoice", shown);
		model.addAttribute("lineRows", shown.lines().size() + BLANK_ROWS);
		return "sales/invoice/refused";
	}

	/** How many rows the request posted ({@code lines[n].…}), counting blank ones. */
	private static int postedRows(HttpServletRequest request) {
		return request.getParameterMap().keySet().stream().filter(name -> name.startsWith("lines["))
			.mapToInt(name -> {
				int end = name.indexOf(']');
				try {
					return end < 0 ? 0 : Math.min(Integer.parseInt(name.substring(6, end)) + 1, InvoiceForm.MAX_LINES);
				}
				catch (NumberFormatException unreadable) {
					return 0;
				}
			}).max().orElse(0);
	}

	@PostMapping("/sales/contracts/{id}/invoices/{invoiceId}/issue")
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	String issue(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long invoiceId,
			@Validated @ModelAttribute("issue") IssueForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				management.issue(me, invoiceId, form, file, errors);
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("invoice.conflict");
			}
		}
		return decided(me, id, errors, "invoice.issued", model, response, redirect);
	}

	@PostMapping("/sales/contracts/{id}/invoices/{invoiceId}/reject")
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	String reject(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long invoiceId,
			@RequestParam long version, @RequestParam(required = false) String rejection, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		try {
			management.reject(me, invoiceId, version, rejection, errors);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("invoice.conflict");
		}
		return decided(me, id, errors, "invoice.rejected", model, response, redirect);
	}

	@PostMapping("/sales/contracts/{id}/invoices/{invoiceId}/void")
	@PreAuthorize(ContractPermissions.MAY_ISSUE_INVOICES)
	String voidInvoice(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long invoiceId,
			@RequestParam long version, @RequestParam(required = false) String voidReason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "decision");
		try {
			management.voidInvoice(me, invoiceId, version, voidReason, errors);
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("invoice.conflict");
		}
		return decided(me, id, errors, "invoice.voided", model, response, redirect);
	}

	@GetMapping("/sales/contracts/{id}/invoices/{invoiceId}/file")
	@PreAuthorize(ContractPermissions.MAY_READ)
	void file(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long invoiceId,
			HttpServletResponse response) throws IOException {
		InvoiceDetails.Download file = details.file(me, id, invoiceId);
		if (!file.content().exists()) {
			throw new RecordNotFound();
		}
		response.setContentType(file.type().contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (InputStream in = file.content().getInputStream()) {
			in.transferTo(response.getOutputStream());
		}
	}

	private String decided(SignedInUser me, long id, BindingResult errors, String done, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), errors);
			return refused(me, id, model, response);
		}
		redirect.addFlashAttribute("notice", done);
		return "redirect:/sales/contracts/" + id + "#invoices";
	}

	private String refused(SignedInUser me, long id, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		InvoicesView view = details.of(me, id);
		model.addAttribute("invoices", view);
		if (!model.containsAttribute("invoice")) {
			model.addAttribute("invoice", view.defaults());
		}
		return "sales/invoice/refused";
	}
}
