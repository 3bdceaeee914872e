package org.hutong.feed.subject;

import java.util.List;
import java.util.Optional;

import org.hutong.feed.SubjectType;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.SalesRecord;

/**
 * Posts on sales records (a 商机, a 报价单): readable by whoever may open the record, as the sales
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
		public Optional<String> label(long id) {
			return record.label(id);
		}

		@Override
		public String href(long id) {
			return record.href(id);
		}
	}
}
