package org.hutong.approvals.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowChanged;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowJson;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowRules;
import org.hutong.approvals.flow.InvalidDefinition;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.identity.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The flow designer: the draft's node tree as a list of cards, edited one step at a time in the
 * admin's session ({@link FlowDraft}) and saved at once as the flow's next version.
 */
@Controller
@RequestMapping("/admin/approvals/flows/{id}")
@PreAuthorize(AdminPermissions.MAY_ADMINISTER)
class DesignerController {

	static final String PAGE = "approvals/admin/designer";

	private final FlowAdmin admin;

	private final FlowManagement flows;

	private final FormCatalog forms;

	private final MessageSource messages;

	DesignerController(FlowAdmin admin, FlowManagement flows, FormCatalog forms, MessageSource messages) {
		this.admin = admin;
		this.flows = flows;
		this.forms = forms;
		this.messages = messages;
	}

	@GetMapping
	String designer(@PathVariable long id, HttpSession session, Model model) {
		return page(admin.flow(id), session, false, model);
	}

	/** One edit of the draft: {@code op} = add, move, delete, rules, reset (drop the draft) or rebase (keep it over another's save). */
	@PostMapping("/draft")
	String edit(@PathVariable long id, @RequestParam String op, DraftStep step, HttpSession session) {
		Flow flow = admin.flow(id);
		FlowDraft draft = admin.draft(flow, session);
		FlowDefinition tree = draft.tree();
		switch (op) {
			case "add" -> tree = add(tree, step);
			case "move" -> tree = DraftTree.move(tree, step.node(), step.delta() != null && step.delta() < 0 ? -1 : 1);
			case "delete" -> tree = DraftTree.remove(tree, step.node());
			case "rules" -> tree = new FlowDefinition(tree.nodes(),
					new FlowRules(step.submitterIsApprover(), step.repeatedApprover(), step.noApprover(),
							step.withdrawal()));
			case "reset" -> {
				FlowDraft.drop(session, id);
				return redirect(id, null);
			}
			case "rebase" -> draft = FlowDraft.of(tree, flow.getVersion());
			default -> throw new IllegalArgumentException("unknown designer step " + op);
		}
		FlowDraft.keep(session, id, draft.with(tree));
		return redirect(id, "add".equals(op) ? null : step.node());
	}

	@PostMapping("/save")
	String save(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, HttpSession session,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Flow flow = admin.flow(id);
		FlowDraft draft = admin.draft(flow, session);
		try {
			flows.revise(id, draft.flowVersion(), draft.tree(), me.userId());
		}
		catch (FlowChanged stale) {
			// the draft stays in the session: the admin sees what they made and chooses
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(admin.flow(id), session, true, model);
		}
		catch (InvalidDefinition invalid) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(flow, session, false, model);
		}
		FlowDraft.drop(session, id);
		redirect.addFlashAttribute("notice", "approvals.admin.flow.saved");
		return redirect(id, null);
	}

	private FlowDefinition add(FlowDefinition tree, DraftStep step) {
		DraftTree.Kind kind = step.kind() == null ? DraftTree.Kind.APPROVER : step.kind();
		String name = messages.getMessage("approvals.admin.kind." + kind, null, LocaleContextHolder.getLocale());
		var node = DraftTree.fresh(kind, name);
		if (step.after() != null && !step.after().isBlank()) {
			return DraftTree.addAfter(tree, step.after(), node);
		}
		return DraftTree.addFirst(tree, step.owner(), step.index() == null ? 0 : step.index(), node);
	}

	private String page(Flow flow, HttpSession session, boolean conflict, Model model) {
		FlowDraft draft = admin.draft(flow, session);
		FlowDefinition saved = admin.current(flow);
		boolean dirty = !FlowJson.write(saved).equals(FlowJson.write(draft.tree()));
		model.addAttribute("designer", Designer.of(flow, draft.tree(), fields(flow), admin.number(flow.getCurrentVersionId()),
				dirty, conflict));
		return PAGE;
	}

	private List<FieldDefinition> fields(Flow flow) {
		return forms.byKey(flow.getFormKey()).map(FormDefinition::getFields).orElse(List.of());
	}

	private static String redirect(long id, String nodeId) {
		return "redirect:/admin/approvals/flows/" + id + (nodeId == null ? "" : "#" + nodeId);
	}
}
