package org.hutong.approvals.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.approvals.PendingApprovals;
import org.hutong.approvals.form.FormCheck;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormValues;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.approvals.request.ApprovalRequestRepository;
import org.hutong.approvals.request.RequestManagement;
import org.hutong.approvals.request.RequestSubmission;
import org.hutong.approvals.request.Submitter;
import org.hutong.identity.OrgChart;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's requests, each made as its people would, one action per transaction: submitted with
 * values the form accepts, then left running, approved all the way, rejected, returned or withdrawn.
 * Runs in the demo enterprise (the caller sets it).
 */
@Component
class DemoRequests {

	/** The engine and the forms, bundled to keep the constructor short. */
	@Component
	record Engine(RequestSubmission submission, RequestManagement management, ApprovalRequestRepository requests,
			FormCatalog forms, FormValues values) {
	}

	enum Outcome {
		RUNNING, APPROVED, REJECTED, RETURNED, WITHDRAWN
	}

	private final Engine engine;

	private final PendingApprovals pending;

	private final OrgChart org;

	private final TransactionTemplate transactions;

	DemoRequests(Engine engine, PendingApprovals pending, OrgChart org, TransactionTemplate transactions) {
		this.engine = engine;
		this.pending = pending;
		this.org = org;
		this.transactions = transactions;
	}

	long person(String username) {
		return member(username).id();
	}

	/** Every demo request, in every state; answers how many. */
	int make() {
		List<DemoSamples.Sample> samples = DemoSamples.all();
		Outcome[] outcomes = Outcome.values();
		for (int i = 0; i < samples.size(); i++) {
			// each flow's samples (every fifth) shift through the outcomes, so every flow has every state
			make(samples.get(i), outcomes[(i % DemoSamples.FLOWS + i / DemoSamples.FLOWS) % outcomes.length]);
		}
		return samples.size();
	}

	private void make(DemoSamples.Sample sample, Outcome outcome) {
		long request = transactions.execute(status -> submit(sample));
		if (!transactions.execute(status -> engine.requests().findById(request).orElseThrow().getStatus().isOpen())) {
			return; // passed on its own (the submitter was its only approver): nothing left to decide
		}
		switch (outcome) {
			case RUNNING -> {
			}
			case APPROVED -> approveAll(request);
			case REJECTED -> firstApprover(request, action -> engine.management().reject(action));
			case RETURNED -> firstApprover(request, action -> engine.management().returnTo(action, null));
			case WITHDRAWN -> transactions.executeWithoutResult(status -> engine.submission()
				.withdraw(person(sample.submitter()), request, version(request)));
		}
	}

	private long submit(DemoSamples.Sample sample) {
		OrgChart.Member who = member(sample.submitter());
		FormCheck check = engine.values().check(engine.forms().byKey(sample.flowKey()).orElseThrow(), sample.values());
		if (!check.isValid()) {
			throw new IllegalStateException("demo request " + sample.title() + " is not valid: " + check.problems());
		}
		ApprovalRequest request = engine.submission().submit(new Submitter(who.id(), who.departmentId(), Set.of()),
				sample.flowKey(), null, sample.title(), check.storable(), Map.of());
		return request.getId();
	}

	/** Each pending task approved by its assignee until the request ends (nodes in turn, 会签 all). */
	private void approveAll(long request) {
		for (int step = 0; step < 10; step++) {
			List<PendingApprovals.PendingTask> open = transactions.execute(status -> pending.pendingOn(request));
			if (open.isEmpty()) {
				return;
			}
			PendingApprovals.PendingTask task = open.get(0);
			transactions.executeWithoutResult(status -> engine.management().approve(action(request, task)));
		}
	}

	private void firstApprover(long request, java.util.function.Consumer<RequestManagement.TaskAction> act) {
		transactions.executeWithoutResult(status -> pending.pendingOn(request).stream().findFirst()
			.ifPresent(task -> act.accept(action(request, task))));
	}

	private RequestManagement.TaskAction action(long request, PendingApprovals.PendingTask task) {
		return new RequestManagement.TaskAction(task.assigneeId(), request, task.taskId(), version(request),
				DemoSamples.comment(task.taskId()));
	}

	private long version(long request) {
		return engine.requests().findById(request).orElseThrow().getVersion();
	}

	private OrgChart.Member member(String username) {
		return org.members().stream().filter(m -> m.username().equals(username)).findFirst()
			.orElseThrow(() -> new IllegalStateException("no demo user " + username));
	}
}
