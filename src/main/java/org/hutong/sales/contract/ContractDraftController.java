package org.hutong.sales.contract;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.web.HtmxFragment;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 新建合同 ({@code /sales/contracts/new}: a customer found by name, one of its deals, the currency and
 * the lines) and a draft's 合同明细 ({@code /sales/contracts/{id}/lines}). Adding or removing a row, or
 * picking a product, posts the form to its {@code rows} address, which answers the rows again (htmx:
 * the rows alone) with the product's details filled in. A refused form answers 422 with every value
 * kept, a stale one 409.
 */
@Controller
@RequestMapping("/sales/contracts")
class ContractDraftController {

	private static final String NEW = "sales/contract/new";

	private static final String LINES = "sales/contract/lines";

	private static final String BASE = "/sales/contracts/";

	private final ContractDrafts drafts;

	private final ContractDetails details;

	private final ContractChoices choices;

	private final ContractLines lines;

	ContractDraftController(ContractDrafts drafts, ContractDetails details, ContractChoices choices,
			ContractLines lines) {
		this.drafts = drafts;
		this.details = details;
		this.choices = choices;
		this.lines = lines;
	}

	/** Both forms hold a list of nested records (lines): built by their constructors only. */
	@InitBinder({ "form", "posted" })
	void byConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	/** The form, for a customer (its 合同 tab) or a deal (its customer and the deal chosen) when given. */
	@GetMapping("/new")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String newForm(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) Long customer,
			@RequestParam(required = false) Long opportunity, Model model) {
		model.addAttribute("form", choices.formFor(me, customer, opportunity));
		return newPage(me, 1, model);
	}

	@PostMapping
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String create(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") NewContractForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Long id = errors.hasErrors() ? null : drafts.create(me, form, errors);
		if (id == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return newPage(me, 1, model);
		}
		redirect.addFlashAttribute("notice", "contract.made");
		return "redirect:" + BASE + id + "/edit";
	}

	/** A row added or removed, or a product picked: the rows again, nothing saved. */
	@PostMapping("/new/rows")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	@HtmxFragment("line-rows")
	String newRows(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("posted") NewContractForm posted,
			BindingResult unread, @RequestParam(name = "_add", required = false) String add,
			@RequestParam(name = "_remove", required = false) Integer remove, Model model) {
		List<ContractLineForm> changed = changed(posted.customerId(), posted.lines(), remove);
		model.addAttribute("form", posted.withLines(changed));
		return newPage(me, add == null ? 1 : 2, model);
	}

	/** The customer picker's matches for what was typed, among the customers the user may open. */
	@GetMapping("/customers")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String customers(@RequestParam(name = "_q", defaultValue = "") String typed, Model model) {
		String text = typed.strip();
		model.addAttribute("matches", text.isEmpty() ? List.of() : choices.customers(text));
		model.addAttribute("typed", !text.isEmpty());
		return "sales/opportunity/customer-matches";
	}

	/** The chosen customer's deals to pick from. */
	@GetMapping("/new/deals")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String deals(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) Long customerId,
			Model model) {
		model.addAttribute("deals", customerId == null ? List.of() : choices.dealsOf(me, customerId));
		return "sales/contract/deal-choice";
	}

	@GetMapping("/{id}/lines")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String linesForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", details.linesOf(me, id));
		return linesPage(me, id, 1, model);
	}

	@PostMapping("/{id}/lines")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	String saveLines(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@Validated @ModelAttribute("form") LinesForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		boolean termsFit = false;
		try {
			if (!errors.hasErrors()) {
				termsFit = drafts.setLines(me, id, form, errors);
			}
		}
		catch (OptimisticLockingFailureException stale) {
			errors.reject("contract.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return linesPage(me, id, 1, model);
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return linesPage(me, id, 1, model);
		}
		redirect.addFlashAttribute("notice", termsFit ? "contract.lines.saved" : "contract.lines.saved.termsOff");
		return "redirect:" + BASE + id;
	}

	@PostMapping("/{id}/lines/rows")
	@PreAuthorize(ContractPermissions.MAY_WRITE)
	@HtmxFragment("line-rows")
	String lineRows(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
			@ModelAttribute("posted") LinesForm posted, BindingResult unread,
			@RequestParam(name = "_add", required = false) String add,
			@RequestParam(name = "_remove", required = false) Integer remove, Model model) {
		ContractView contract = details.one(me, id);
		model.addAttribute("form", new LinesForm(changed(contract.row().customerId(), posted.lines(), remove),
				posted.version()));
		return linesPage(me, contract, add == null ? 1 : 2, model);
	}

	/** The rows without the one removed, a product's details filled in where a row left them blank. */
	private List<ContractLineForm> changed(Long customerId, List<ContractLineForm> rows, Integer remove) {
		List<ContractLineForm> kept = new ArrayList<>(rows);
		if (remove != null && remove >= 0 && remove < kept.size()) {
			kept.remove((int) remove);
		}
		return lines.prefilled(customerId, kept);
	}

	private String newPage(SignedInUser me, int blankRows, Model model) {
		NewContractForm form = (NewContractForm) model.getAttribute("form");
		if (form == null) {
			// a value that did not convert (a letter in a number) leaves no form; the binding result keeps what was typed
			form = NewContractForm.blank(null, null);
		}
		ContractChoices.Form offered = choices.of(me, form.customerId());
		model.addAttribute("draft", form);
		model.addAttribute("choices", offered);
		model.addAttribute("currencies", ContractManagement.CURRENCIES);
		return rows(form.lines(), offered.products(), "/sales/contracts/new/rows", blankRows, model, NEW);
	}

	private String linesPage(SignedInUser me, long id, int blankRows, Model model) {
		return linesPage(me, details.one(me, id), blankRows, model);
	}

	private String linesPage(SignedInUser me, ContractView contract, int blankRows, Model model) {
		LinesForm form = (LinesForm) model.getAttribute("form");
		List<ContractLineForm> held = form == null ? List.of() : form.lines();
		model.addAttribute("contract", contract);
		model.addAttribute("version", form == null || form.version() == null ? contract.version() : form.version());
		return rows(held, choices.onSale(), BASE + contract.id() + "/lines/rows", blankRows, model, LINES);
	}

	/** What the rows fragment shows: the lines held, then blank rows to fill in, up to the most a contract holds. */
	private static String rows(List<ContractLineForm> held, List<?> products, String action, int blankRows,
			Model model, String view) {
		model.addAttribute("lineForms", held);
		model.addAttribute("products", products);
		model.addAttribute("rowsAction", action);
		model.addAttribute("lineRows", Math.min(LinesForm.MAX_LINES, held.size() + blankRows));
		return view;
	}
}
