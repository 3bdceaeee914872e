package org.hutong.feed.post;

import java.util.List;

import org.hutong.feed.report.Reports;
import org.hutong.shared.SubjectRef;
import org.hutong.feed.subject.RecordSubjects;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The feed as a viewer sees it: pages of posts, the newest since one shown, a single post. */
@Service
@Transactional(readOnly = true)
public class FeedStream {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	private final Viewers viewers;

	private final FeedReader reader;

	private final PostViews views;

	private final RecordSubjects subjects;

	private final Reports reports;

	FeedStream(Viewers viewers, FeedReader reader, PostViews views, RecordSubjects subjects, Reports reports) {
		this.viewers = viewers;
		this.reader = reader;
		this.views = views;
		this.subjects = subjects;
		this.reports = reports;
	}

	/** A page of posts and the cursor of the next ({@code null} on the last). */
	public record Page(List<PostView> posts, Long next) {
	}

	public Page page(SignedInUser me, FeedFilter filter, int limit) {
		requireReadableSubject(me, filter);
		Viewer viewer = viewers.of(me);
		FeedReader.Page page = reader.page(viewer, filter, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
		return new Page(views.of(viewer, page.rows()), page.next());
	}

	/** Posts newer than {@code after}, newest first, for the live update of an open stream. */
	public List<PostView> newer(SignedInUser me, FeedFilter filter, long after) {
		requireReadableSubject(me, filter);
		Viewer viewer = viewers.of(me);
		return views.of(viewer, reader.newer(viewer, filter, after, MAX_PAGE_SIZE));
	}

	/** One post the user may see; for anyone else it does not exist. */
	public PostView one(SignedInUser me, long id) {
		Viewer viewer = viewers.of(me);
		return reader.one(viewer, id).map(row -> views.of(viewer, List.of(row)).get(0)).orElseThrow(RecordNotFound::new);
	}

	/** One post the user opens: a report the user did not write notes them as a reader. */
	@Transactional
	public PostView read(SignedInUser me, long id) {
		PostView post = one(me, id);
		if (post.report() != null) {
			reports.markRead(me, id);
		}
		return post;
	}

	/** A record's feed is for those who may read the record, and nobody else. */
	private void requireReadableSubject(SignedInUser me, FeedFilter filter) {
		if (filter.subject() == null) {
			return;
		}
		SubjectRef ref = filter.subjectRef();
		if (ref == null || !subjects.canRead(me, ref)) {
			throw new RecordNotFound();
		}
	}
}
