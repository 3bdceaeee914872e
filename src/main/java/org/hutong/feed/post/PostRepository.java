package org.hutong.feed.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostRepository extends JpaRepository<Post, Long> {

	Optional<Post> findByIdAndDeletedAtIsNull(Long id);

	/** An author's live posts of one kind made from {@code from} up to, not including, {@code to}, oldest first (the 日报 draft). */
	List<Post> findFirst50ByAuthorIdAndKindAndDeletedAtIsNullAndCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAtAsc(
			Long authorId, Post.Kind kind, Instant from, Instant to);
}
