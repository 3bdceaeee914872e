package org.hutong.approvals;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hutong.TenantIsolationTestBase;
import org.hutong.TestUsers;
import org.hutong.approvals.delegation.Delegations;
import org.hutong.approvals.file.ApprovalFiles;
import org.hutong.approvals.flow.ApproverSource;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowForm;
import org.hutong.approvals.flow.FlowManagement;
import org.hutong.approvals.flow.FlowNode.ApproverNode;
import org.hutong.approvals.flow.FlowNode.Mode;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.form.FieldType;
import org.hutong.approvals.form.FormDesign;
import org.hutong.approvals.form.FormManagement;
import org.hutong.approvals.request.RequestSubmission;
import org.hutong.approvals.request.Submitter;
import org.hutong.files.TestImages;
import org.hutong.identity.SignedInUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.validation.MapBindingResult;

/** Flows, their versions, requests, tasks and history stay inside their enterprise: persistence, the API, the request pages and the 审批设置 pages (another enterprise gets 404). */
class ApprovalsIsolationTests extends TenantIsolationTestBase {

	@Autowired
	EntityManager entityManager;

	@Autowired
	FlowManagement flows;

	@Autowired
	RequestSubmission submission;

	@Autowired
	FormManagement forms;

	@Autowired
	Delegations delegations;

	@Autowired
	ApprovalFiles files;

	@Override
	protected List<Isolated> entities() {
		return List.of(new Isolated("approval flow", () -> newFlow().getId(), id -> visible("Flow", id),
				id -> get("/admin/approvals/flows/" + id), null),
				new Isolated("approval flow versions", () -> newFlow().getId(), id -> visible("Flow", id),
						id -> get("/admin/approvals/flows/" + id + "/versions"), null),
				new Isolated("approval form", this::newForm, id -> visible("FormDefinition", id),
						id -> get("/admin/approvals/forms/" + id), null),
				new Isolated("approval flow version", () -> newFlow().getCurrentVersionId(), id -> visible("FlowVersion", id),
						null, null),
				new Isolated("approval request", this::newRequest, id -> visible("ApprovalRequest", id),
						id -> get("/approvals/{id}", id), null),
				new Isolated("approval request timeline", this::newRequest, id -> visible("ApprovalRequest", id),
						id -> get("/approvals/{id}/timeline", id), null),
				new Isolated("approval request in the API", this::newRequestForAdmin, id -> visible("ApprovalRequest", id),
						null, id -> get("/api/v1/approval-requests/{id}", id)),
				new Isolated("approval task", () -> first("ApprovalTask", newRequest()), id -> visible("ApprovalTask", id), null,
						null),
				new Isolated("approval action", () -> first("ApprovalAction", newRequest()), id -> visible("ApprovalAction", id),
						null, null),
				new Isolated("approval file", this::newFile, id -> visible("ApprovalFile", id),
						id -> get("/approvals/files/{id}", id), null),
				new Isolated("approval delegation", this::newDelegation, id -> visible("Delegation", id),
						id -> post("/approvals/delegation/{id}/end", id).with(csrf()),
						id -> post("/api/v1/approval-delegations/{id}/end", id)));
	}

	private Flow newFlow() {
		long manager = new TestUsers(userDetails).load("demo", "manager").userId();
		String key = "iso-" + UUID.randomUUID().toString().substring(0, 8);
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		// administered by demo's admin, who may then open its requests' pages
		return flows.create(FlowForm.named(key, "隔离", "GL").administeredBy(admin),
				new FlowDefinition(List.of(ApproverNode.of("n", Mode.ANY, ApproverSource.users(manager))), null), null);
	}

	private long newForm() {
		String key = "iso" + UUID.randomUUID().toString().substring(0, 8);
		return forms.create(FormDesign.of(key, "隔离表单", null, null, List.of(FieldDefinition.of("note", FieldType.TEXT, "备注", null))))
			.getId();
	}

	private long newRequest() {
		SignedInUser sales = new TestUsers(userDetails).load("demo", "sales");
		return submission.submit(new Submitter(sales.userId(), sales.departmentId(), null), newFlow().getKey(), null, "隔离",
				Map.of(), Map.of()).getId();
	}

	/** A request demo's admin decides, so the API shows it to them (and to nobody of another enterprise). */
	private long newRequestForAdmin() {
		SignedInUser sales = new TestUsers(userDetails).load("demo", "sales");
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		String key = "iso-" + UUID.randomUUID().toString().substring(0, 8);
		flows.create(FlowForm.named(key, "隔离", "GL"),
				new FlowDefinition(List.of(ApproverNode.of("n", Mode.ANY, ApproverSource.users(admin))), null), null);
		return submission.submit(new Submitter(sales.userId(), sales.departmentId(), null), key, null, "隔离", Map.of(),
				Map.of()).getId();
	}

	/** A picture demo's admin uploaded for a form (theirs to read until a request claims it). */
	private long newFile() {
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		var errors = new MapBindingResult(new HashMap<>(), "upload");
		return files.upload(admin, List.of(new MockMultipartFile("files", "隔离.png", "image/png", TestImages.png())), errors)
			.get(0).getId();
	}

	/** demo's admin hands approvals to the manager on a day far ahead, so no other test meets it. */
	private long newDelegation() {
		long admin = new TestUsers(userDetails).load("demo", "admin").userId();
		long manager = new TestUsers(userDetails).load("demo", "manager").userId();
		delegations.of(admin, 100).forEach(d -> delegations.end(admin, d.getId()));
		LocalDate day = delegations.today().plusDays(300);
		return delegations.set(admin, new Delegations.Request(manager, day, day, "隔离")).getId();
	}

	private long first(String entity, long requestId) {
		entityManager.flush();
		return entityManager.createQuery("select min(x.id) from " + entity + " x where x.requestId = :id", Long.class)
			.setParameter("id", requestId)
			.getSingleResult();
	}

	private boolean visible(String entity, long id) {
		entityManager.clear();
		return entityManager.createQuery("select count(x) from " + entity + " x where x.id = :id", Long.class)
			.setParameter("id", id)
			.getSingleResult() > 0;
	}
}
