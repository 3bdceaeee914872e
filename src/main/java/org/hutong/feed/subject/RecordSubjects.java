package org.hutong.feed.subject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.feed.SubjectType;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.SalesRecord;
import org.hutong.shared.SubjectRef;
import org.springframework.stereotype.Service;

/** The record types posts may be attached to, and whether a user may read one of them. */
@Service
public class RecordSubjects {

	private final Map<String, SubjectType> types;

	RecordSubjects(List<SubjectType> types, List<SalesRecord> sales) {
		this.types = java.util.stream.Stream.concat(types.stream(), new SalesSubjects(sales).types().stream())
			.collect(Collectors.toMap(SubjectType::type, Function.identity()));
	}

	public boolean isKnown(SubjectRef ref) {
		return types.containsKey(ref.type());
	}

	/** Whether the user may read the record; unknown types and missing records never. */
	public boolean canRead(SignedInUser user, SubjectRef ref) {
		SubjectType type = types.get(ref.type());
		return type != null && type.canRead(user, ref.id());
	}

	/**
	 * The records whose posts show on this record's feed beside its own (a contract's 发货单 and 回款),
	 * by type; none for an unknown type. Whether the reader may see each is asked per post as usual.
	 */
	public Map<String, Set<Long>> related(SubjectRef ref) {
		SubjectType type = types.get(ref.type());
		return type == null ? Map.of() : type.related(ref.id());
	}

	/** A record's name and page link, when its type and the record are known. */
	public Optional<Link> link(SubjectRef ref) {
		SubjectType type = types.get(ref.type());
		if (type == null) {
			return Optional.empty();
		}
		return type.label(ref.id()).map(label -> new Link(label, type.href(ref.id())));
	}

	/** A record's name and page. */
	public record Link(String label, String href) {
	}

	/** Remembers answers for one request or one listing, since a page shows a record many times. */
	public Readable forUser(SignedInUser user) {
		return new Readable(this, user);
	}

	/** Per-user, per-listing answers of {@link #canRead}. */
	public static final class Readable {

		private final RecordSubjects subjects;

		private final SignedInUser user;

		private final Map<SubjectRef, Boolean> answers = new HashMap<>();

		Readable(RecordSubjects subjects, SignedInUser user) {
			this.subjects = subjects;
			this.user = user;
		}

		public boolean test(SubjectRef ref) {
			return ref == null || answers.computeIfAbsent(ref, r -> subjects.canRead(user, r));
		}

		/** Answers for all these records at once, a query per record type rather than per record. */
		public void learn(Collection<SubjectRef> refs) {
			Map<String, Set<Long>> unknown = refs.stream()
				.filter(ref -> ref != null && !answers.containsKey(ref))
				.collect(Collectors.groupingBy(SubjectRef::type, Collectors.mapping(SubjectRef::id, Collectors.toSet())));
			unknown.forEach((name, ids) -> {
				SubjectType type = subjects.types.get(name);
				Set<Long> readable = type == null ? Set.of() : type.readable(user, ids);
				ids.forEach(id -> answers.put(new SubjectRef(name, id), readable.contains(id)));
			});
		}
	}
}
