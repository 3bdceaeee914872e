package org.hutong.feed.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hutong.shared.SubjectRef;
import org.hutong.feed.subject.RecordSubjects;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the posts a viewer may see, newest first, one keyset page at a time. Audience rules are SQL;
 * whether the viewer may read a post's record is asked of the record's module afterwards, so a page
 * is topped up from further rows when some were left out.
 */
@Component
@Transactional(readOnly = true)
public class FeedReader {

	/**
	 * Who may see a post: its author, everyone, or its listed departments (and below) and people.
	 * The audience rows are looked up per post, by the post's index, and only for posts not for
	 * everyone: written as {@code EXISTS}, PostgreSQL would read every audience row of the viewer
	 * into a hash first (all departments' and people's posts of a year), however few rows a page needs.
	 */
	static final String VISIBLE = "p.tenant_id = :tenantId AND p.deleted_at IS NULL AND (p.author_id = :me "
			+ "OR p.audience = 'ENTERPRISE' OR (SELECT 1 FROM feed_post_audience a WHERE a.tenant_id = :tenantId "
			+ "AND a.post_id = p.id AND (a.user_id = :me OR a.department_id IN (:departments)) LIMIT 1) IS NOT NULL)";

	private static final String COLUMNS = "SELECT p.id, p.author_id, p.kind, p.body, p.audience, p.subject_type, "
			+ "p.subject_id, p.system_key, p.system_args, p.comment_count, p.like_count, p.created_at, p.edited_at "
			+ "FROM feed_post p WHERE ";

	private static final int MAX_ROUNDS = 5;

	/** Posts a text search reads per request at most, newest first (see {@link #windowFloor}). */
	public static final int SEARCH_WINDOW = 2_000;

	private final TenantJdbc jdbc;

	private final RecordSubjects subjects;

	FeedReader(TenantJdbc jdbc, RecordSubjects subjects) {
		this.jdbc = jdbc;
		this.subjects = subjects;
	}

	/** A page of rows and the cursor of the next ({@code null} on the last). */
	record Page(List<PostRow> rows, Long next) {
	}

	Page page(Viewer viewer, FeedFilter filter, int limit) {
		RecordSubjects.Readable readable = subjects.forUser(viewer.user());
		SubjectPosts subject = SubjectPosts.of(filter.subjectRef(), subjects);
		List<PostRow> rows = new ArrayList<>();
		Long cursor = filter.after();
		for (int round = 0; round < MAX_ROUNDS && rows.size() <= limit; round++) {
			Long floor = filter.q() == null ? null : windowFloor(cursor);
			List<PostRow> batch = query(viewer, filter, subject, new Range(cursor, null, floor), limit + 1);
			readable.learn(batch.stream().map(PostRow::subject).toList());
			batch.stream().filter(row -> readable.test(row.subject())).forEach(rows::add);
			if (batch.size() <= limit) {
				// a text search read its window: older posts are searched when the reader asks for more
				return new Page(rows.subList(0, Math.min(rows.size(), limit)), floor);
			}
			cursor = batch.get(batch.size() - 1).id();
		}
		if (rows.size() > limit) {
			return new Page(rows.subList(0, limit), rows.get(limit - 1).id());
		}
		return new Page(rows, cursor);
	}

	/**
	 * The oldest post of the {@link #SEARCH_WINDOW} below the cursor, or null when fewer remain. A text
	 * search has no index ({@code ILIKE} on the body): a rare word would otherwise read every post of
	 * the enterprise to fill a page. Bounded to a window of the stream, one request reads at most that
	 * many posts (one index-only range of the stream index to find the window's end), and "more" goes on
	 * below it.
	 */
	private Long windowFloor(Long before) {
		JdbcClient.StatementSpec floor = jdbc.sql("SELECT p.id FROM feed_post p WHERE p.tenant_id = :tenantId"
				+ (before != null ? " AND p.id < :before" : "") + " ORDER BY p.id DESC OFFSET :skip ROWS FETCH FIRST 1 ROWS ONLY")
			.param("skip", SEARCH_WINDOW - 1);
		return (before != null ? floor.param("before", before) : floor).query(Long.class).optional().orElse(null);
	}

	/** Posts newer than {@code after} (at most {@code limit}), for live updates. */
	List<PostRow> newer(Viewer viewer, FeedFilter filter, long after, int limit) {
		RecordSubjects.Readable readable = subjects.forUser(viewer.user());
		List<PostRow> rows = query(viewer, filter, SubjectPosts.of(filter.subjectRef(), subjects), new Range(null, after, null),
				limit);
		readable.learn(rows.stream().map(PostRow::subject).toList());
		return rows.stream().filter(row -> readable.test(row.subject())).toList();
	}

	/** One post the viewer may see. */
	public Optional<PostRow> one(Viewer viewer, long id) {
		return jdbc.sql(COLUMNS + VISIBLE + " AND p.id = :id")
			.param("me", viewer.userId())
			.param("departments", viewer.departmentsForSql())
			.param("id", id)
			.query(FeedReader::row)
			.optional()
			.filter(row -> subjects.forUser(viewer.user()).test(row.subject()));
	}

	/** Which ids a query reads: below {@code before}, above {@code after}, from {@code floor} up; each may be null. */
	private record Range(Long before, Long after, Long floor) {
	}

	private List<PostRow> query(Viewer viewer, FeedFilter filter, SubjectPosts subject, Range range, int limit) {
		Long before = range.before();
		Long after = range.after();
		Long floor = range.floor();
		JdbcClient.StatementSpec statement = jdbc.sql(COLUMNS + VISIBLE + where(filter, subject, before, after)
				+ (floor != null ? " AND p.id >= :floor" : "")
				+ " ORDER BY p.id DESC LIMIT :limit")
			.param("me", viewer.userId())
			.param("departments", viewer.departmentsForSql())
			.param("limit", limit);
		statement = filter.topic() != null ? statement.param("topic", filter.topic()) : statement;
		statement = subject != null ? subject.bind(statement) : statement;
		statement = filter.author() != null ? statement.param("author", filter.author()) : statement;
		statement = filter.q() != null ? statement.param("q", "%" + like(filter.q()) + "%") : statement;
		statement = before != null ? statement.param("before", before) : statement;
		statement = after != null ? statement.param("after", after) : statement;
		statement = floor != null ? statement.param("floor", floor) : statement;
		return statement.query(FeedReader::row).list();
	}

	/** The conditions the filter adds to {@link #VISIBLE}, each with its named parameter. */
	private static String where(FeedFilter filter, SubjectPosts subject, Long before, Long after) {
		StringBuilder sql = new StringBuilder();
		sql.append(filter.mine() ? " AND p.author_id = :me" : "");
		sql.append(filter.mentions() ? " AND EXISTS (SELECT 1 FROM feed_mention m WHERE m.tenant_id = :tenantId "
				+ "AND m.post_id = p.id AND m.user_id = :me)" : "");
		sql.append(filter.topic() != null ? " AND EXISTS (SELECT 1 FROM feed_post_topic t WHERE t.tenant_id = :tenantId "
				+ "AND t.post_id = p.id AND t.topic = :topic)" : "");
		sql.append(subject != null ? subject.sql() : "");
		sql.append(filter.author() != null ? " AND p.author_id = :author" : "");
		sql.append(filter.q() != null ? " AND p.body ILIKE :q ESCAPE '\\'" : "");
		sql.append(before != null ? " AND p.id < :before" : "");
		sql.append(after != null ? " AND p.id > :after" : "");
		return sql.toString();
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static PostRow row(ResultSet rs, int number) throws SQLException {
		String subjectType = rs.getString("subject_type");
		SubjectRef subject = subjectType == null ? null : new SubjectRef(subjectType, rs.getLong("subject_id"));
		return new PostRow(rs.getLong("id"), rs.getLong("author_id"), rs.getString("kind"), rs.getString("body"),
				Audience.valueOf(rs.getString("audience")), subject, rs.getString("system_key"),
				rs.getString("system_args"), rs.getInt("comment_count"), rs.getInt("like_count"),
				instant(rs, "created_at"), instant(rs, "edited_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
