package org.hutong.approvals.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpSession;

import org.hutong.approvals.flow.Flow;
import org.hutong.approvals.flow.FlowDefinition;
import org.hutong.approvals.flow.FlowRepository;
import org.hutong.approvals.flow.FlowVersion;
import org.hutong.approvals.flow.FlowVersionRepository;
import org.hutong.approvals.flow.FlowVersions;
import org.hutong.approvals.form.FormCatalog;
import org.hutong.approvals.form.FormDefinition;
import org.hutong.identity.Colleagues;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What 审批设置's pages read: the enterprise's flows with their forms and versions. */
@Service
@Transactional(readOnly = true)
public class FlowAdmin {

	/** A row of the flow list. */
	public record Row(Flow flow, String formName, int versionNumber) {
	}

	/** A version in the list, with who saved it and what changed against the one before. */
	public record VersionRow(int number, Instant createdAt, String createdBy, List<FlowVersions.Change> changes) {
	}

	private final FlowRepository flows;

	private final FlowVersionRepository versions;

	private final FormCatalog forms;

	private final EntityManager entityManager;

	private final Colleagues colleagues;

	FlowAdmin(FlowRepository flows, FlowVersionRepository versions, FormCatalog forms, EntityManager entityManager,
			Colleagues colleagues) {
		this.colleagues = colleagues;
		this.flows = flows;
		this.versions = versions;
		this.forms = forms;
		this.entityManager = entityManager;
	}

	List<Row> rows() {
		Map<String, FormDefinition> byKey = forms.all().stream()
			.collect(Collectors.toMap(FormDefinition::getKey, Function.identity(), (a, b) -> a));
		return flows.findAll().stream().sorted((a, b) -> Long.compare(a.getId(), b.getId())).map(flow -> {
			FormDefinition form = flow.getFormKey() == null ? null : byKey.get(flow.getFormKey());
			return new Row(flow, form == null ? null : form.getName(), number(flow.getCurrentVersionId()));
		}).toList();
	}

	Flow flow(long id) {
		return flows.findById(id).orElseThrow(RecordNotFound::new);
	}

	FlowDefinition current(Flow flow) {
		return versions.findById(flow.getCurrentVersionId()).orElseThrow(RecordNotFound::new).definition();
	}

	/** The admin's draft of the flow in this session, or the current version when there is none. */
	FlowDraft draft(Flow flow, HttpSession session) {
		FlowDraft draft = FlowDraft.in(session, flow.getId());
		return draft != null ? draft : FlowDraft.of(current(flow), flow.getVersion());
	}

	int number(Long versionId) {
		return versionId == null ? 0 : versions.findById(versionId).map(FlowVersion::getNumber).orElse(0);
	}

	/** Newest first; the first version's changes are empty. */
	List<VersionRow> versions(long flowId) {
		List<FlowVersion> all = versions.findByFlowIdOrderByNumberDesc(flowId);
		return IntStream.range(0, all.size()).mapToObj(i -> {
			FlowVersion version = all.get(i);
			List<FlowVersions.Change> changes = i + 1 < all.size()
					? FlowVersions.diff(all.get(i + 1).definition(), version.definition()) : List.of();
			return new VersionRow(version.getNumber(), version.getCreatedAt(), createdBy(version.getId()), changes);
		}).toList();
	}

	/** The version's author; FlowVersion keeps it without offering it, and only this page shows it. */
	private String createdBy(long versionId) {
		Long userId = entityManager.createQuery("select v.createdBy from FlowVersion v where v.id = :id", Long.class)
			.setParameter("id", versionId)
			.getResultList()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		return userId == null ? null : colleagues.name(userId).orElse(null);
	}
}
