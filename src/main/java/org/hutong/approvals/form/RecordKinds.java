package org.hutong.approvals.form;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.hutong.shared.RecordLinks;
import org.hutong.shared.RecordLinks.RecordLink;
import org.springframework.stereotype.Component;

/**
 * The kinds of record a form's link field may point at, as the modules that own them declare them
 * ({@link RecordLinks} beans: customers today). This module never imports those modules.
 */
@Component
public class RecordKinds {

	private final Map<String, RecordLinks> kinds = new TreeMap<>();

	RecordKinds(List<RecordLinks> declared) {
		declared.forEach(links -> kinds.put(links.kind(), links));
	}

	public Set<String> names() {
		return kinds.keySet();
	}

	public boolean known(String kind) {
		return kind != null && kinds.containsKey(kind);
	}

	/** Records of the kind the signed-in user may open whose name holds the typed text; none for an unknown kind. */
	public List<RecordLink> matching(String kind, String typed, int limit) {
		return of(kind).map(links -> links.matching(typed, limit)).orElse(List.of());
	}

	/** These records of the kind, in the current enterprise, each saying whether the signed-in user may open it. */
	public Map<Long, RecordLink> find(String kind, Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : of(kind).map(links -> links.find(ids)).orElse(Map.of());
	}

	/** Whether the signed-in user may link this record: it is there and they may open it. */
	boolean linkable(String kind, long id) {
		RecordLink link = find(kind, List.of(id)).get(id);
		return link != null && link.readable();
	}

	private Optional<RecordLinks> of(String kind) {
		return Optional.ofNullable(kind == null ? null : kinds.get(kind));
	}
}
