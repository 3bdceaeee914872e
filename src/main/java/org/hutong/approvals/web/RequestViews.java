package org.hutong.approvals.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hutong.approvals.file.ApprovalFile;
import org.hutong.approvals.file.AttachedIds;
import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.form.FieldDefinition;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.approvals.request.ActionKind;
import org.hutong.approvals.request.ApprovalAction;
import org.hutong.approvals.request.ApprovalActionRepository;
import org.hutong.approvals.request.ApprovalRequest;
import org.hutong.approvals.request.ApprovalRequestRepository;
import org.hutong.approvals.request.ApprovalTask;
import org.hutong.approvals.request.ApprovalTaskRepository;
import org.hutong.approvals.request.TaskState;
import org.hutong.approvals.request.Withdrawals;
import org.hutong.approvals.route.RouteStep;
import org.hutong.identity.OrgChart;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a request's page for a viewer. Only its people see it: the submitter, anyone who had a task
 * on it, its CC recipients and the flow's administrator; anyone else (and another enterprise) gets
 * {@link RecordNotFound}, as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class RequestViews {

	private final ApprovalRequestRepository requests;

	private final ApprovalTaskRepository tasks;

	private final ApprovalActionRepository actions;

	private final PageSources sources;

	private final Clock clock;

	RequestViews(ApprovalRequestRepository requests, ApprovalTaskRepository tasks, ApprovalActionRepository actions,
			PageSources sources, Clock clock) {
		this.requests = requests;
		this.tasks = tasks;
		this.actions = actions;
		this.sources = sources;
		this.clock = clock;
	}

	public RequestView view(long requestId, long viewerId, Locale locale) {
		ApprovalRequest request = requests.findById(requestId).orElseThrow(RecordNotFound::new);
		List<ApprovalTask> all = tasks.findByRequestIdOrderByIdAsc(requestId);
		List<ApprovalAction> history = actions.findByRequestIdOrderByIdAsc(requestId);
		Flow flow = sources.flows().findById(request.getFlowId()).orElseThrow(RecordNotFound::new);
		if (!mayView(request, flow, all, history, viewerId)) {
			throw new RecordNotFound();
		}
		ApprovalTask mine = all.stream()
			.filter(t -> t.getState() == TaskState.PENDING && t.getAssigneeId() == viewerId)
			.findFirst()
			.orElse(null);
		Names names = new Names(sources.org(), people(request, all, history));
		FormDefinition form = sources.forms().byKey(flow.getFormKey()).orElse(null);
		List<FieldDefinition> editable = editable(request, form, mine);
		FormChoices choices = editable.isEmpty() ? FormChoices.NONE
				: sources.choices(form, new FormState(request.values(), Map.of()));
		return new RequestView(request, flow.getName(), names.of(request.getSubmitterId()),
				fields(request, form, all, viewerId, locale), timeline(request, history, names, form, locale, sources.decisionFiles(request.getId())),
				current(request, all, names), mine, editable, choices, returnTargets(request),
				request.getSubmitterId() == viewerId,
				Withdrawals.allowed(sources.rules(request).withdrawal(), request, history), clock.instant());
	}

	/** Whether the viewer is one of the request's people (what the timeline fragment asks too). */
	public boolean mayView(long requestId, long viewerId) {
		ApprovalRequest request = requests.findById(requestId).orElse(null);
		Flow flow = request == null ? null : sources.flows().findById(request.getFlowId()).orElse(null);
		return flow != null && mayView(request, flow, tasks.findByRequestIdOrderByIdAsc(requestId),
				actions.findByRequestIdOrderByIdAsc(requestId), viewerId);
	}

	private static boolean mayView(ApprovalRequest request, Flow flow, List<ApprovalTask> all,
			List<ApprovalAction> history, long viewerId) {
		return request.getSubmitterId() == viewerId || (flow.getAdminId() != null && flow.getAdminId() == viewerId)
				|| all.stream().anyMatch(t -> t.getAssigneeId() == viewerId
						|| (t.getDelegatedFromId() != null && t.getDelegatedFromId() == viewerId))
				|| history.stream()
					.anyMatch(a -> a.getAction() == ActionKind.CC && a.getTargetUserId() != null
							&& a.getTargetUserId() == viewerId);
	}

	/** The fields the viewer's pending task lets them change when they approve (their node's EDIT), in form order. */
	private List<FieldDefinition> editable(ApprovalRequest request, FormDefinition form, ApprovalTask mine) {
		if (form == null || mine == null) {
			return List.of();
		}
		Set<String> keys = sources.access().editable(request, mine);
		return form.getFields().stream().filter(f -> keys.contains(f.key()) && !f.isDerived()).toList();
	}

	private List<RequestView.FieldView> fields(ApprovalRequest request, FormDefinition form, List<ApprovalTask> all,
			long viewerId, Locale locale) {
		if (form == null) {
			return List.of();
		}
		Set<String> hidden = sources.access().hidden(request, all, viewerId);
		Map<String, Object> values = request.values();
		FieldDisplay display = new FieldDisplay(sources.org(), locale, sources.files(AttachedIds.in(values)), sources.records());
		return form.getFields()
			.stream()
			.filter(field -> !hidden.contains(field.key()) && values.containsKey(field.key()))
			.map(field -> display.of(field, values.get(field.key())))
			.toList();
	}

	private static List<RequestView.Entry> timeline(ApprovalRequest request, List<ApprovalAction> history, Names names,
			FormDefinition form, Locale locale, Map<Long, List<ApprovalFile>> files) {
		return history.stream()
			.map(a -> new RequestView.Entry(a.getAt(), names.of(a.getActorId()), names.of(a.getOnBehalfOfId()),
					a.getAction(), nodeName(request, a.getNodeId()),
					a.getAction() == ActionKind.EDIT ? labels(form, a.getComment(), locale) : a.getComment(),
					a.getTargetNodeId() != null ? nodeName(request, a.getTargetNodeId()) : names.of(a.getTargetUserId()),
					files.getOrDefault(a.getId(), List.of())))
			.toList();
	}

	private static List<RequestView.Current> current(ApprovalRequest request, List<ApprovalTask> all, Names names) {
		List<RequestView.Current> current = new ArrayList<>();
		for (RouteStep step : request.route().steps()) {
			if (request.activeNodes().contains(step.nodeId())) {
				List<RequestView.Person> people = all.stream()
					.filter(t -> t.getNodeId().equals(step.nodeId()) && t.getRound() == request.getRound()
							&& (t.getState() == TaskState.PENDING || t.getState() == TaskState.WAITING))
					.map(t -> new RequestView.Person(names.of(t.getAssigneeId()), names.of(t.getDelegatedFromId())))
					.toList();
				current.add(new RequestView.Current(step.name(), people));
			}
		}
		return current;
	}

	/** 退回 may go to the submitter or to a node this round has actually passed that people decide. */
	private static List<RequestView.Node> returnTargets(ApprovalRequest request) {
		return request.passedNodes()
			.stream()
			.flatMap(id -> request.route().step(id).stream())
			.filter(step -> step.kind() == RouteStep.Kind.APPROVE && step.outcome() == RouteStep.Outcome.OPEN)
			.map(step -> new RequestView.Node(step.nodeId(), step.name()))
			.toList();
	}

	/** An edit's comment holds the changed fields' keys: shown as their labels, 金额、说明. */
	private static String labels(FormDefinition form, String keys, Locale locale) {
		if (keys == null || form == null) {
			return keys;
		}
		return Stream.of(keys.split(","))
			.map(key -> form.getFields().stream().filter(f -> f.key().equals(key)).findFirst()
				.map(f -> f.label().in(locale)).orElse(key))
			.collect(Collectors.joining("、"));
	}

	private static String nodeName(ApprovalRequest request, String nodeId) {
		return nodeId == null ? null : request.route().step(nodeId).map(RouteStep::name).orElse(nodeId);
	}

	private static Collection<Long> people(ApprovalRequest request, List<ApprovalTask> all, List<ApprovalAction> history) {
		Set<Long> ids = new HashSet<>();
		ids.add(request.getSubmitterId());
		all.forEach(t -> {
			ids.add(t.getAssigneeId());
			if (t.getDelegatedFromId() != null) {
				ids.add(t.getDelegatedFromId());
			}
		});
		history.forEach(a -> Stream.of(a.getActorId(), a.getOnBehalfOfId(), a.getTargetUserId())
			.filter(java.util.Objects::nonNull)
			.forEach(ids::add));
		return ids;
	}

	/** People's names, looked up once for the page. */
	private record Names(Map<Long, OrgChart.Member> members) {

		Names(OrgChart org, Collection<Long> ids) {
			this(org.members(ids));
		}

		String of(Long id) {
			OrgChart.Member member = id == null ? null : members.get(id);
			return member == null ? null : member.displayName();
		}
	}
}
