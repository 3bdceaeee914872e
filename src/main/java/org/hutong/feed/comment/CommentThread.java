package org.hutong.feed.comment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.feed.post.FeedReader;
import org.hutong.feed.post.Mentions;
import org.hutong.feed.post.PostText;
import org.hutong.feed.post.Viewer;
import org.hutong.feed.post.Viewers;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.web.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The comments of a post the user may see: oldest first, each with its replies. */
@Service
@Transactional(readOnly = true)
public class CommentThread {

	private final CommentRepository comments;

	private final FeedReader reader;

	private final Viewers viewers;

	private final OrgChart org;

	private final Mentions mentions;

	CommentThread(CommentRepository comments, FeedReader reader, Viewers viewers, OrgChart org, Mentions mentions) {
		this.comments = comments;
		this.reader = reader;
		this.viewers = viewers;
		this.org = org;
		this.mentions = mentions;
	}

	public List<CommentView> of(SignedInUser me, long postId) {
		Viewer viewer = viewers.of(me);
		reader.one(viewer, postId).orElseThrow(RecordNotFound::new);
		List<Comment> all = comments.findByPostIdAndDeletedAtIsNullOrderByIdAsc(postId);
		Map<String, Long> names = mentions.inCommentsOf(postId);
		Set<Long> authors = all.stream().map(Comment::getAuthorId).collect(Collectors.toSet());
		Map<Long, OrgChart.Member> members = org.members(authors);
		Map<Long, Comment> byId = all.stream().collect(Collectors.toMap(Comment::getId, Function.identity()));
		Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
		all.stream().filter(c -> c.getParentId() != null).forEach(c -> replies
			.computeIfAbsent(c.getParentId(), k -> new ArrayList<>())
			.add(view(viewer, c, byId.get(c.getParentId()), members, names, List.of())));
		return all.stream()
			.filter(c -> c.getParentId() == null)
			.map(c -> view(viewer, c, null, members, names, replies.getOrDefault(c.getId(), List.of())))
			.toList();
	}

	/** One comment the user may see, with no replies. */
	public CommentView one(SignedInUser me, long commentId) {
		Comment comment = comments.findByIdAndDeletedAtIsNull(commentId).orElseThrow(RecordNotFound::new);
		return of(me, comment.getPostId()).stream()
			.flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.replies().stream()))
			.filter(c -> c.id() == commentId)
			.findFirst()
			.orElseThrow(RecordNotFound::new);
	}

	private static CommentView view(Viewer viewer, Comment c, Comment parent, Map<Long, OrgChart.Member> members,
			Map<String, Long> names, List<CommentView> replies) {
		OrgChart.Member author = members.get(c.getAuthorId());
		OrgChart.Member repliedTo = parent == null ? null : members.get(parent.getAuthorId());
		return new CommentView(c.getId(), c.getPostId(), c.getParentId(), c.getAuthorId(),
				author == null ? "" : author.displayName(), c.getBody(), new PostText(c.getBody()).html(names),
				repliedTo == null ? null : repliedTo.displayName(),
				c.getAuthorId() == viewer.userId() || viewer.isAdmin(), c.getCreatedAt(), replies);
	}
}
