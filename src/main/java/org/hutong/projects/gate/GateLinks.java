package org.hutong.projects.gate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.SignedInUser;
import org.hutong.shared.RecordLinks;
import org.hutong.web.RecordNotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gate reviews as the 阶段评审 approval points at them: the approver opens the review's page from the
 * request in the 审批 inbox. Readable by the project's readers and the phase's gatekeepers; never
 * offered for typing into another form.
 */
@Component
@Transactional(readOnly = true)
class GateLinks implements RecordLinks {

	static final String KIND = "gate";

	private final GateRepository gates;

	/** Looked up when asked: the reviews' views need the approvals, whose forms need these links. */
	private final ObjectProvider<GateViews> views;

	GateLinks(GateRepository gates, ObjectProvider<GateViews> views) {
		this.gates = gates;
		this.views = views;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public List<RecordLink> matching(String typed, int limit) {
		return List.of();
	}

	@Override
	public Map<Long, RecordLink> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		SignedInUser user = signedIn();
		Map<Long, RecordLink> found = new LinkedHashMap<>();
		for (Gate gate : gates.findAllById(Set.copyOf(ids))) {
			found.put(gate.getId(), new RecordLink(gate.getId(), "阶段评审 · " + gate.getPhaseName(), null,
					"/projects/" + gate.getProjectId() + "/gates/" + gate.getId(), user != null && readable(user, gate)));
		}
		return found;
	}

	private boolean readable(SignedInUser user, Gate gate) {
		try {
			views.getObject().one(user, gate.getId());
			return true;
		}
		catch (RecordNotFound e) {
			return false;
		}
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
	}
}
