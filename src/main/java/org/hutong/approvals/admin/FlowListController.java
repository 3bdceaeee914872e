package org.hutong.approvals.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowKeyTaken;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.flow.WhoMaySubmit;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.identity.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 审批设置: the enterprise's flows (create, enable / disable) and the way to the form builder. */
@Controller
@RequestMapping("/admin/approvals")
@PreAuthorize(AdminPermissions.MAY_ADMINISTER)
class FlowListController {

	private static final String PAGE = "approvals/admin/list";

	private final FlowAdmin admin;

	private final FlowManagement flows;

	private final FormCatalog forms;

	private final MessageSource messages;

	FlowListController(FlowAdmin admin, FlowManagement flows, FormCatalog forms, MessageSource messages) {
		this.admin = admin;
		this.flows = flows;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", NewFlowForm.blank());
		return page(model);
	}

	@PostMapping("/flows")
	String create(@Validated @ModelAttribute("form") NewFlowForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser me, HttpServletResponse response, Model model) {
		if (!errors.hasErrors()) {
			try {
				long id = flows.create(flowForm(form, me), firstDefinition(), me.userId()).getId();
				return "redirect:/admin/approvals/flows/" + id;
			}
			catch (FlowKeyTaken taken) {
				errors.rejectValue("key", "approvals.admin.flow.key-taken");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(model);
	}

	@PostMapping("/flows/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		admin.flow(id);
		flows.enable(id, enabled);
		redirect.addFlashAttribute("notice", enabled ? "approvals.admin.flow.enabled" : "approvals.admin.flow.disabled");
		return "redirect:/admin/approvals";
	}

	@GetMapping("/flows/{id}/versions")
	String versions(@PathVariable long id, Model model) {
		model.addAttribute("flow", admin.flow(id));
		model.addAttribute("versions", admin.versions(id));
		return "approvals/admin/versions";
	}

	private String page(Model model) {
		model.addAttribute("rows", admin.rows());
		model.addAttribute("forms", forms.all());
		return PAGE;
	}

	private static FlowForm flowForm(NewFlowForm form, SignedInUser me) {
		String formKey = form.formKey() == null || form.formKey().isBlank() ? null : form.formKey();
		return new FlowForm(form.key(), form.name().strip(), form.icon(), formKey, WhoMaySubmit.anyone(),
				form.numberPrefix(), null, null, me.userId());
	}

	/** A flow starts with one 直属主管 node, the smallest tree that runs; the designer takes it from there. */
	private FlowDefinition firstDefinition() {
		String name = messages.getMessage("approvals.admin.kind.APPROVER", null, LocaleContextHolder.getLocale());
		return new FlowDefinition(List.of(new FlowNode.ApproverNode(DraftTree.newId(), name,
				List.of(ApproverSource.leader(1)), FlowNode.Mode.SEQUENTIAL, null, false, null, null)), null);
	}
}
