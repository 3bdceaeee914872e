package org.hutong.feed.subject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hutong.feed.SubjectType;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.SalesRecord;

/**
 * Posts on sales records (a 商机, a 报价单, a 合同 and its 发货单 and 回款): readable by whoever may open the record, as the sales
 * module decides through its {@link SalesRecord}s. {@link RecordSubjects} takes them beside its own.
 */
record SalesSubjects(List<SalesRecord> records) {

	List<SubjectType> types() {
		return records.stream().<SubjectType>map(SalesSubject::new).toList();
	}

	private record SalesSubject(SalesRecord record) implements SubjectType {

		@Override
		public String type() {
			return record.type();
		}

		@Override
		public boolean canRead(SignedInUser user, long id) {
			return record.canRead(user, id);
		}

		@Override
		public Set<Long> readable(SignedInUser user, Collection<Long> ids) {
			return record.readable(user, ids);
		}

		@Override
		public Optional<String> label(long id) {
			return record.label(id);
		}

		@Override
		public String href(long id) {
			return record.href(id);
		}

		@Override
		public Map<String, Set<Long>> related(long id) {
			return record.related(id);
		}
	}
}
