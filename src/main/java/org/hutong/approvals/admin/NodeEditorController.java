package org.hutong.approvals.admin;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowNode;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.identity.OrgChart;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The node editor, the designer's bottom sheet (and a page of its own without script): one node of
 * the draft with its approvers, mode, field permissions and timeout, or a 条件分支's branches.
 */
@Controller
@PreAuthorize(AdminPermissions.MAY_ADMINISTER)
class NodeEditorController {

	private static final int PEOPLE_SHOWN = 20;

	private final FlowAdmin admin;

	private final FormCatalog forms;

	private final OrgChart orgChart;

	NodeEditorController(FlowAdmin admin, FormCatalog forms, OrgChart orgChart) {
		this.admin = admin;
		this.forms = forms;
		this.orgChart = orgChart;
	}

	@GetMapping("/admin/approvals/flows/{id}/nodes/{nodeId}")
	String editor(@PathVariable long id, @PathVariable String nodeId, HttpSession session, Model model) {
		Flow flow = admin.flow(id);
		FlowNode node = DraftTree.find(admin.draft(flow, session).tree(), nodeId).orElseThrow(RecordNotFound::new);
		model.addAttribute("node", NodeEdits.read(node));
		return page(flow, node, model);
	}

	/** Applies the editor to the draft; {@code addBranch} / {@code removeBranch} also change a 条件分支's branches. */
	@PostMapping("/admin/approvals/flows/{id}/nodes/{nodeId}")
	String apply(@PathVariable long id, @PathVariable String nodeId, @ModelAttribute("node") NodeForm form,
			@RequestParam(required = false) String addBranch, @RequestParam(required = false) Integer removeBranch,
			HttpSession session) {
		Flow flow = admin.flow(id);
		FlowDraft draft = admin.draft(flow, session);
		FlowDefinition tree = draft.tree();
		DraftTree.find(tree, nodeId).orElseThrow(RecordNotFound::new);
		tree = DraftTree.replace(tree, nodeId, node -> NodeEdits.apply(node, form));
		if (addBranch != null) {
			tree = DraftTree.replace(tree, nodeId, node -> Branches.add(node));
		}
		if (removeBranch != null) {
			tree = DraftTree.replace(tree, nodeId, node -> Branches.remove(node, removeBranch));
		}
		FlowDraft.keep(session, id, draft.with(tree));
		boolean stay = addBranch != null || removeBranch != null;
		return "redirect:/admin/approvals/flows/" + id + (stay ? "/nodes/" + nodeId : "#" + nodeId);
	}

	/** People whose name matches what the admin types, to tick as named approvers. */
	@GetMapping("/admin/approvals/people")
	String people(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("people", q.isBlank() ? List.of() : orgChart.matching(q, PEOPLE_SHOWN));
		model.addAttribute("chosen", List.of());
		return "approvals/admin/people";
	}

	private String page(Flow flow, FlowNode node, Model model) {
		FormDefinition form = forms.byKey(flow.getFormKey()).orElse(null);
		NodeForm edited = (NodeForm) model.getAttribute("node");
		model.addAttribute("flow", flow);
		model.addAttribute("target", node);
		model.addAttribute("fields", form == null ? List.of() : form.getFields());
		model.addAttribute("units", orgChart.units());
		model.addAttribute("chosen", new ArrayList<>(orgChart.members(edited.getUserIds()).values()));
		return "approvals/admin/node";
	}
}
