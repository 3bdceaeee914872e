package org.hutong.approvals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hutong.tenancy.TenantJdbc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has an approval waiting, read in the current enterprise: the notices, the 工作台 card and the
 * morning digest ask here rather than into the engine's tables. One row per pending task, the same
 * rows {@link ApprovalInbox#pendingCount} counts, so a badge and its list always agree.
 */
@Service
@Transactional(readOnly = true)
public class PendingApprovals {

	/** A task waiting for {@code assigneeId}'s decision. */
	public record PendingTask(long taskId, long assigneeId) {
	}

	/** A 审批单 as a to-do list shows it. */
	public record Item(long requestId, String number, String title, long submitterId, Instant submittedAt) {
	}

	/** How many tasks wait for one approver. */
	public record Waiting(long approverId, long count) {
	}

	private static final String ITEM = "select r.id, r.number, r.title, r.submitter_id, r.submitted_at from approval_request r ";

	private final TenantJdbc jdbc;

	PendingApprovals(TenantJdbc jdbc) {
		this.jdbc = jdbc;
	}

	/** The request's tasks that wait for a decision now, oldest first. */
	public List<PendingTask> pendingOn(long requestId) {
		return jdbc.sql("select id, assignee_id from approval_task where tenant_id = :tenantId and request_id = :request "
				+ "and state = 'PENDING' order by id")
			.param("request", requestId)
			.query((rs, n) -> new PendingTask(rs.getLong("id"), rs.getLong("assignee_id")))
			.list();
	}

	/** 待我审批, newest submission first, one item per pending task. */
	public List<Item> firstFor(long userId, int most) {
		return jdbc.sql(ITEM + "join approval_task t on t.tenant_id = r.tenant_id and t.request_id = r.id "
				+ "where r.tenant_id = :tenantId and t.assignee_id = :user and t.state = 'PENDING' "
				+ "order by r.submitted_at desc, t.id desc limit :most")
			.param("user", userId).param("most", most)
			.query(PendingApprovals::item)
			.list();
	}

	/** The request as a notice names it. */
	public Optional<Item> about(long requestId) {
		return jdbc.sql(ITEM + "where r.tenant_id = :tenantId and r.id = :request")
			.param("request", requestId)
			.query(PendingApprovals::item)
			.optional();
	}

	/** Everyone with something to decide, and how much: the morning digest's list. */
	public List<Waiting> waiting() {
		return jdbc.sql("select assignee_id, count(*) as waiting from approval_task where tenant_id = :tenantId "
				+ "and state = 'PENDING' group by assignee_id order by assignee_id")
			.query((rs, n) -> new Waiting(rs.getLong("assignee_id"), rs.getLong("waiting")))
			.list();
	}

	private static Item item(ResultSet rs, int n) throws SQLException {
		return new Item(rs.getLong("id"), rs.getString("number"), rs.getString("title"), rs.getLong("submitter_id"),
				rs.getTimestamp("submitted_at").toInstant());
	}
}
